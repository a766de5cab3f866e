// Every CSV the project writes goes through here: RFC 4180 quoting (LF line ends),
// and formula neutralisation of every text cell and header.
import { needsNeutralising } from "./neutralise";

export type CsvCell = string | number | null;

function encodeCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const defuse = needsNeutralising(cell);
  const text = defuse ? `'${cell}` : cell;
  if (defuse || /[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  const lines = [header.map(encodeCell).join(",")];
  for (const row of rows) lines.push(row.map(encodeCell).join(","));
  return lines.join("\n") + "\n";
}
