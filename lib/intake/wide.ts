// A wide table: one row per series and one column per period (2019, 2020, …), as OWID, EIA and
// most statistics downloads give them. Read only when the reader asks, as one row per period,
// with what the file cannot say (basis, source) supplied by the reader; an empty cell is a gap,
// and makes no row.
import { problem } from "../data/messages";
import { periodOf } from "../data/fast/period-code";
import { looseName } from "./header-match";

/** Columns a long row may leave empty, or that the wide file itself gives (period, value). */
const OPTIONAL = new Set(["period", "value", "note"]);

export interface WideShape {
  /** Period columns: where each stands and its label, in file order. */
  periods: { at: number; label: string }[];
  /** The long table's columns the wide one holds (series, unit, note…), by position. */
  kept: Record<string, number>;
  /** The long table's required columns it does not hold (basis, source_id…): the reader's to give. */
  missing: string[];
}

const MAX_COLUMNS = 2_000;

/** The shape of a wide header, or `null` when fewer than two of its columns are periods. */
export function wideShape(fields: readonly string[], columns: readonly string[]): WideShape | null {
  // A garbled header (a 5 MB line) is no table of periods; a wide table has tens of columns.
  if (!columns.includes("period") || !columns.includes("value") || fields.length > MAX_COLUMNS)
    return null;
  const periods: WideShape["periods"] = [];
  const kept: Record<string, number> = {};
  fields.forEach((name, at) => {
    const label = name.trim();
    if (periodOf(label)) periods.push({ at, label });
    else if (columns.includes(looseName(name)) && kept[looseName(name)] === undefined)
      kept[looseName(name)] = at;
  });
  if (periods.length < 2 || kept.period !== undefined || kept.value !== undefined) return null;
  const missing = columns.filter((c) => !OPTIONAL.has(c) && kept[c] === undefined);
  return { periods, kept, missing };
}

/** What a reader is told about a wide file, and how to turn it round without the upload. */
/** The wide_table error for `shape`: what the file is and how to read or reshape it. */
export function wideProblem(shape: WideShape, columns: readonly string[]) {
  const periods = {
    count: shape.periods.length,
    first: shape.periods[0]!.label,
    last: shape.periods.at(-1)!.label,
  };
  return problem("wide_table", periods, Object.keys(shape.kept), shape.missing, columns);
}

/** The long rows of `records` (cells as in the wide file), with `fill` for the missing columns. */
export function* longRows(
  records: Iterable<readonly string[]>,
  shape: WideShape,
  columns: readonly string[],
  fill: Readonly<Record<string, string>>,
): Generator<string[]> {
  for (const cells of records) {
    for (const { at, label } of shape.periods) {
      const value = cells[at] ?? "";
      // A gap stays a gap: no row, rather than a zero or an error.
      if (value.trim() === "") continue;
      yield columns.map((c) =>
        c === "period"
          ? label
          : c === "value"
            ? value
            : c in shape.kept
              ? (cells[shape.kept[c]!] ?? "")
              : (fill[c] ?? ""),
      );
    }
  }
}

/** The long table as CSV text, ready to be read and validated like any upload. */
export function longCsv(
  records: Iterable<readonly string[]>,
  shape: WideShape,
  columns: readonly string[],
  fill: Readonly<Record<string, string>>,
): string {
  // formatCsv defuses formula cells with a leading '; a reader's long rows are read straight
  // back, so cells are written as plain RFC 4180 here instead.
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [columns.join(",")];
  for (const row of longRows(records, shape, columns, fill)) lines.push(row.map(quote).join(","));
  return lines.join("\n") + "\n";
}
