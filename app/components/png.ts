"use client";
// "Download PNG": the chart as drawn, with its title above and its source below, so the image
// stands on its own when it is pasted elsewhere.

function wrap(g: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function chartPng(
  chartCanvas: HTMLCanvasElement,
  title: string,
  source: string,
): Promise<Blob | null> {
  const scale = chartCanvas.width / chartCanvas.clientWidth || 1;
  const width = chartCanvas.width;
  const pad = 16 * scale;
  const css = getComputedStyle(document.documentElement);
  const out = document.createElement("canvas");
  const g = out.getContext("2d");
  if (!g) return Promise.resolve(null);
  const titleFont = `bold ${18 * scale}px system-ui, sans-serif`;
  const sourceFont = `${12 * scale}px system-ui, sans-serif`;
  g.font = titleFont;
  const titleLines = wrap(g, title, width - 2 * pad);
  g.font = sourceFont;
  const sourceLines = wrap(g, source, width - 2 * pad);
  const top = pad + titleLines.length * 24 * scale;
  out.width = width;
  out.height = top + chartCanvas.height + pad + sourceLines.length * 16 * scale;
  g.fillStyle = css.getPropertyValue("--bg").trim() || "#fff";
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = css.getPropertyValue("--text").trim() || "#000";
  g.textBaseline = "top";
  g.font = titleFont;
  titleLines.forEach((l, i) => g.fillText(l, pad, pad + i * 24 * scale));
  g.drawImage(chartCanvas, 0, top);
  g.font = sourceFont;
  sourceLines.forEach((l, i) =>
    g.fillText(l, pad, top + chartCanvas.height + pad / 2 + i * 16 * scale),
  );
  return new Promise((resolve) => out.toBlob(resolve, "image/png"));
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
