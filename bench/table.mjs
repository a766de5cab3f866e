// Plain-text tables and the number formats the bench prints.

/** Rows of cells (strings) as aligned columns; text left-aligned, the rest right-aligned. */
export function table(title, header, rows) {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? "–")));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [`\n${title}`, line(all[0]), rule, ...all.slice(1).map(line)].join("\n");
}

export const kib = (bytes) => (bytes == null ? "–" : (bytes / 1024).toFixed(1));
export const ms = (x) => (x == null ? "–" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const ratio = (x) => (x == null || !Number.isFinite(x) ? "–" : `${x.toFixed(2)}×`);
export const perSecond = (rows, millis) =>
  millis > 0 ? Math.round((rows / millis) * 1000).toLocaleString("en-US") : "–";
export const count = (n) => n.toLocaleString("en-US");
export const met = (ok) => (ok === null ? "n/a" : ok ? "met" : "NOT MET");
