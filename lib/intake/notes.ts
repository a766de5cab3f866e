// What the intake step tells a reader about how their file was read: plain sentences with the
// line or row numbers they are about, and the count of every physical line, so the report adds
// up to the lines a reader sees.
import type { SkippedKind } from "../csv/layout";

type IntakeNoteCode =
  | "encoding"
  | "sep_line"
  | "delimiter"
  | "backslash_quotes"
  | "above_header"
  | "blank_lines"
  | "empty_rows"
  | "multiline_rows"
  | "renamed_columns"
  | "padding_columns"
  | "index_column"
  | "ignored_columns"
  | "wide_table";

export interface IntakeNote {
  code: IntakeNoteCode;
  message: string;
}

/** Every physical line of the file, by what became of it; the parts add up to `total`. */
export interface LineCount {
  total: number;
  /** Lines above the header (a `sep=` line, a title, notes): not read. */
  above: number;
  header: number;
  /** Lines of the records that were validated (a record with a quoted line break spans several). */
  rows: number;
  blank: number;
  /** Lines of nothing but delimiters. */
  empty: number;
}

/** `2, 5–7 and 9`, numbers ascending; after `cap` ranges, `and N more`. */
export function ranges(numbers: readonly number[], cap = 8): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  const shown = parts.slice(0, cap);
  if (parts.length > cap) shown.push(`${parts.length - cap} more`);
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

// A file of a million blank lines lists the first few only.
const KEEP = 50;

/** Collects skipped lines and multi-line records as the file is read; `notes()` words them. */
export function createLineLedger() {
  const skipped: Record<SkippedKind, number[]> = { above: [], blank: [], empty: [] };
  const counts: Record<SkippedKind, number> = { above: 0, blank: 0, empty: 0 };
  const spans: [number, number, number][] = [];
  let spanCount = 0;
  let extraLines = 0;
  return {
    skip(_row: number, line: number, kind: SkippedKind) {
      counts[kind] += 1;
      if (skipped[kind].length < KEEP) skipped[kind].push(line);
    },
    span(row: number, first: number, last: number) {
      spanCount += 1;
      extraLines += last - first;
      if (spans.length < KEEP) spans.push([row, first, last]);
    },
    /** The line count, given the records validated (`rows`) and whether a header was read. */
    count(rows: number, header: boolean): LineCount {
      const { above, blank, empty } = counts;
      const h = header ? 1 : 0;
      return {
        total: above + h + rows + blank + empty + extraLines,
        above,
        header: h,
        rows: rows + extraLines,
        blank,
        empty,
      };
    },
    notes(): IntakeNote[] {
      const out: IntakeNote[] = [];
      if (counts.blank > 0) {
        const n = counts.blank;
        out.push({
          code: "blank_lines",
          message: `${plural(n, "Line", "Lines")} ${ranges(skipped.blank)} ${plural(n, "is", "are")} blank: not read.`,
        });
      }
      if (counts.empty > 0) {
        const n = counts.empty;
        out.push({
          code: "empty_rows",
          message: `${plural(n, "Line", "Lines")} ${ranges(skipped.empty)} ${plural(n, "holds", "hold")} nothing but delimiters (an empty spreadsheet row): not read.`,
        });
      }
      if (spanCount > 0) {
        const list = spans.map(([row, a, b]) => `row ${row} = lines ${a}–${b}`).join("; ");
        const more = spanCount > spans.length ? `; and ${spanCount - spans.length} more` : "";
        out.push({
          code: "multiline_rows",
          message: `${spanCount} ${plural(spanCount, "row spans", "rows span")} more than one line, because a quoted cell holds a line break: ${list}${more}. Row numbers are those a spreadsheet shows; a text editor shows the line numbers.`,
        });
      }
      return out;
    },
  };
}
