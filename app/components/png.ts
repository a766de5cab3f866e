"use client";
// "Download PNG": the chart as drawn, with its title and series legend above and its source
// below, so the image stands on its own when it is pasted elsewhere.

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

export interface LegendItem {
  label: string;
  colour: string;
}

/** Lays the legend's items out in rows: [x, row] of each item, in canvas pixels. */
function legendLayout(
  g: CanvasRenderingContext2D,
  items: readonly LegendItem[],
  maxWidth: number,
  swatch: number,
): { at: [number, number][]; rows: number } {
  const at: [number, number][] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = swatch * 1.5 + g.measureText(item.label).width + swatch * 1.5;
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row++;
    }
    at.push([x, row]);
    x += width;
  }
  return { at, rows: items.length ? row + 1 : 0 };
}

export function chartPng(
  chartCanvas: HTMLCanvasElement,
  title: string,
  source: string,
  legend: readonly LegendItem[] = [],
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
  const legendFont = `${13 * scale}px system-ui, sans-serif`;
  const swatch = 12 * scale;
  const legendRow = 20 * scale;
  g.font = legendFont;
  const legendAt = legendLayout(g, legend, width - 2 * pad, swatch);
  const legendTop = pad + titleLines.length * 24 * scale + 4 * scale;
  const top = legendTop + legendAt.rows * legendRow + (legendAt.rows ? 4 * scale : 0);
  out.width = width;
  out.height = top + chartCanvas.height + pad + sourceLines.length * 16 * scale;
  g.fillStyle = css.getPropertyValue("--bg").trim() || "#fff";
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = css.getPropertyValue("--text").trim() || "#000";
  g.textBaseline = "top";
  g.font = titleFont;
  titleLines.forEach((l, i) => g.fillText(l, pad, pad + i * 24 * scale));
  g.font = legendFont;
  legend.forEach((item, i) => {
    const [x, row] = legendAt.at[i]!;
    const y = legendTop + row * legendRow;
    g.fillStyle = item.colour;
    g.fillRect(pad + x, y + 2 * scale, swatch, swatch);
    g.fillStyle = css.getPropertyValue("--text").trim() || "#000";
    g.fillText(item.label, pad + x + swatch * 1.5, y);
  });
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
