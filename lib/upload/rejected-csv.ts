// "Download rejected rows": every row the validator turned down, cells as in the file, with its
// reasons. Written by csv/write.ts, so a cell such as =HYPERLINK(...) arrives defused.
import type { CsvRecord } from "../csv/read";
import type { RecordStore } from "../csv/fast/record-store";
import { formatCsv } from "../csv/write";
import type { RowError } from "../data/types";

/** One reason as a reader sees it: `value: not_a_number: "1,234" has a thousands separator…`. */
export const describeError = (e: RowError) =>
  `${e.column ? `${e.column}: ` : ""}${e.code}: ${e.message}`;

/**
 * Every row's reasons joined, by row: the plain definition, for records not in file order.
 * In file order, `reasonsInTurn` gives the same a row at a time.
 */
function reasonsByRow(errors: readonly RowError[]): Map<number, string> {
  const reasons = new Map<number, string>();
  for (const e of errors) {
    const before = reasons.get(e.row);
    reasons.set(e.row, before === undefined ? describeError(e) : `${before} | ${describeError(e)}`);
  }
  return reasons;
}

/**
 * The errors walked once in row order (a typed array of their indexes), for records in file
 * order: so no string per rejected row is held for the whole file. A million rejected rows held
 * about 100 MB of reasons in the upload worker while their CSV was written (issue 14's memory
 * budget; BENCHMARKS.md, session 5). Rows must be asked for in ascending order.
 */
function errorsInRowOrder(errors: readonly RowError[]) {
  const order = Uint32Array.from(errors.keys()).sort(
    (a, b) => errors[a]!.row - errors[b]!.row || a - b,
  );
  let at = 0;
  const rowAt = () => (at < order.length ? errors[order[at]!]!.row : Infinity);
  return {
    /** The rows with errors before `row` not asked for: passed over, each once. */
    passRowsBefore(row: number): number[] {
      const passed: number[] = [];
      for (let r = rowAt(); r < row; r = rowAt()) {
        passed.push(r);
        while (rowAt() === r) at++;
      }
      return passed;
    },
    /** `row`'s reasons joined, in the order the errors were found ("" for none). */
    reasons(row: number): string {
      this.passRowsBefore(row);
      const parts: string[] = [];
      while (rowAt() === row) parts.push(describeError(errors[order[at++]!]!));
      return parts.join(" | ");
    },
  };
}

/**
 * The CSV in parts of `linesPerPart` rows (the first part starts with the header), so a worker
 * can write a large one between other work. Columns: `row`, the file's own header, `extra_1`…
 * for cells past the header, then `reasons`. Problems of the file as a whole (row 0) and of
 * its header come first, as rows of their own.
 */
export function* rejectedCsvParts(
  header: CsvRecord | null,
  rejected: RecordStore,
  errors: readonly RowError[],
  linesPerPart = 10_000,
): Generator<string> {
  const columns = header?.fields ?? [];
  const width = Math.max(rejected.widest, columns.length);
  const extra = Array.from({ length: width - columns.length }, (_, i) => `extra_${i + 1}`);
  const line = (row: number, cells: readonly string[], reasons: string) => {
    const out: (string | number)[] = [row];
    for (let i = 0; i < width; i++) out.push(cells[i] ?? "");
    out.push(reasons);
    return out;
  };
  // The validator numbers header problems row 1 even after leading blank lines (a quote problem
  // keeps the header's own row), so both rows show the header's cells.
  const fileLine = (row: number, reasons: string) =>
    line(row, row === 1 || row === header?.row ? columns : [], reasons);
  let reasonOf: (row: number) => string;
  let fileLevel: (string | number)[][];
  if (rejected.inFileOrder) {
    // The rows with errors and no record (a few), found in one walk; their reasons as a map.
    const walk = errorsInRowOrder(errors);
    const fileRows: number[] = [];
    for (const row of rejected.rows()) {
      fileRows.push(...walk.passRowsBefore(row));
      walk.passRowsBefore(row + 1); // the record's own errors: not a row of their own
    }
    fileRows.push(...walk.passRowsBefore(Infinity));
    const only = new Set(fileRows);
    const reasons = reasonsByRow(errors.filter((e) => only.has(e.row)));
    fileLevel = fileRows.map((row) => fileLine(row, reasons.get(row)!));
    const records = errorsInRowOrder(errors);
    reasonOf = (row) => records.reasons(row);
  } else {
    const reasons = reasonsByRow(errors);
    const inRecords = new Set(rejected.rows());
    fileLevel = [...reasons.keys()]
      .filter((row) => !inRecords.has(row))
      .sort((a, b) => a - b)
      .map((row) => fileLine(row, reasons.get(row)!));
    reasonOf = (row) => reasons.get(row) ?? "";
  }
  yield formatCsv(["row", ...columns, ...extra, "reasons"], fileLevel);
  let lines: (string | number)[][] = [];
  for (const r of rejected) {
    lines.push(line(r.row, r.fields, reasonOf(r.row)));
    if (lines.length === linesPerPart) {
      // formatCsv always writes a header line first; an empty one is a lone line break.
      yield formatCsv([], lines).slice(1);
      lines = [];
    }
  }
  if (lines.length > 0) yield formatCsv([], lines).slice(1);
}

export function rejectedRowsCsv(
  header: CsvRecord | null,
  rejected: RecordStore,
  errors: readonly RowError[],
): string {
  return [...rejectedCsvParts(header, rejected, errors)].join("");
}
