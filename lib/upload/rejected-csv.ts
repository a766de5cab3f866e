// "Download rejected rows": every row the validator turned down, cells as in the file, with its
// reasons. Written by csv/write.ts, so a cell such as =HYPERLINK(...) arrives defused.
import type { CsvRecord } from "../csv/read";
import { formatCsv } from "../csv/write";
import type { RowError } from "../data/types";

/** One reason as a reader sees it: `value: not_a_number: "1,234" has a thousands separator…`. */
export const describeError = (e: RowError) =>
  `${e.column ? `${e.column}: ` : ""}${e.code}: ${e.message}`;

/**
 * The CSV in parts of `linesPerPart` rows (the first part starts with the header), so a worker
 * can write a large one between other work. Columns: `row`, the file's own header, `extra_1`…
 * for cells past the header, then `reasons`. Problems of the file as a whole (row 0) and of
 * its header come first, as rows of their own.
 */
export function* rejectedCsvParts(
  header: CsvRecord | null,
  rejected: readonly CsvRecord[],
  errors: readonly RowError[],
  linesPerPart = 10_000,
): Generator<string> {
  const reasons = new Map<number, string>();
  for (const e of errors) {
    const before = reasons.get(e.row);
    reasons.set(e.row, before === undefined ? describeError(e) : `${before} | ${describeError(e)}`);
  }
  const columns = header?.fields ?? [];
  const width = rejected.reduce((n, r) => Math.max(n, r.fields.length), columns.length);
  const extra = Array.from({ length: width - columns.length }, (_, i) => `extra_${i + 1}`);
  const line = (row: number, cells: readonly string[]) => {
    const out: (string | number)[] = [row];
    for (let i = 0; i < width; i++) out.push(cells[i] ?? "");
    out.push(reasons.get(row) ?? "");
    return out;
  };
  // The validator numbers header problems row 1 even after leading blank lines (a quote problem
  // keeps the header's own row), so both rows show the header's cells.
  const inRecords = new Set(rejected.map((r) => r.row));
  const fileLevel = [...reasons.keys()]
    .filter((row) => !inRecords.has(row))
    .sort((a, b) => a - b)
    .map((row) => line(row, row === 1 || row === header?.row ? columns : []));
  yield formatCsv(["row", ...columns, ...extra, "reasons"], fileLevel);
  for (let at = 0; at < rejected.length; at += linesPerPart) {
    const lines = rejected.slice(at, at + linesPerPart).map((r) => line(r.row, r.fields));
    // formatCsv always writes a header line first; an empty one is a lone line break.
    yield formatCsv([], lines).slice(1);
  }
}

export function rejectedRowsCsv(
  header: CsvRecord | null,
  rejected: readonly CsvRecord[],
  errors: readonly RowError[],
): string {
  return [...rejectedCsvParts(header, rejected, errors)].join("");
}
