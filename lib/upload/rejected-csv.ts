// "Download rejected rows": every row the validator turned down, cells as in the file, with its
// reasons. Written by csv/write.ts, so a cell such as =HYPERLINK(...) arrives defused.
import type { CsvRecord } from "../csv/read";
import { formatCsv } from "../csv/write";
import type { RowError } from "../data/types";

/** One reason as a reader sees it: `value: not_a_number — "1,234" has a thousands separator…`. */
export const describeError = (e: RowError) =>
  `${e.column ? `${e.column}: ` : ""}${e.code} — ${e.message}`;

/**
 * Columns: `row`, the file's own header, `extra_1`… for cells past the header, then `reasons`.
 * Problems of the file as a whole (row 0) and of its header come first, as rows of their own.
 */
export function rejectedRowsCsv(
  header: CsvRecord | null,
  rejected: readonly CsvRecord[],
  errors: readonly RowError[],
): string {
  const reasons = new Map<number, string[]>();
  for (const e of errors) {
    const list = reasons.get(e.row);
    if (list) list.push(describeError(e));
    else reasons.set(e.row, [describeError(e)]);
  }
  const columns = header?.fields ?? [];
  const widest = rejected.reduce((n, r) => Math.max(n, r.fields.length), columns.length);
  const extra = Array.from({ length: widest - columns.length }, (_, i) => `extra_${i + 1}`);
  const line = (row: number, cells: readonly string[]) => {
    const padded = Array.from({ length: widest }, (_, i) => cells[i] ?? "");
    return [row, ...padded, (reasons.get(row) ?? []).join(" | ")];
  };
  // The validator numbers header problems row 1 even after leading blank lines (a quote problem
  // keeps the header's own row), so both rows show the header's cells.
  const inRecords = new Set(rejected.map((r) => r.row));
  const fileLevel = [...reasons.keys()]
    .filter((row) => !inRecords.has(row))
    .sort((a, b) => a - b)
    .map((row) => line(row, row === 1 || row === header?.row ? columns : []));
  return formatCsv(
    ["row", ...columns, ...extra, "reasons"],
    [...fileLevel, ...rejected.map((r) => line(r.row, r.fields))],
  );
}
