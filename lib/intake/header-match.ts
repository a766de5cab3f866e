// The header read as a reader meant it: names that differ from a column only in case, spaces
// around them, or `-` for `_` are matched and said so; empty unnamed columns are padding; a
// pandas row index and the provenance columns of the project's own downloads are set aside; a
// name close to a missing column gets "did you mean". Runs once per file, on the header only.
import { problem } from "../data/messages";
import type { RowError } from "../data/types";
import { clip } from "../data/clip";
import { closest, columnLetter, columnName } from "./distance";
import { describeInvisible, withoutInvisible } from "./invisible-words";
import type { IntakeNote } from "./notes";
import type { RowErrorCode } from "./codes";
import { wideProblem, wideShape, type WideShape } from "./wide";
import { wrongSeparatorError } from "../data/header";

/** `Source ID`, ` source-id ` and `SOURCE_ID` all become `source_id`; invisible characters stay. */
export function looseName(name: string): string {
  // Most names need nothing done: a garbled header of half a million cells asks this of each.
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    plain = !(c === 32 || c === 9 || c === 45 || (c >= 65 && c <= 90));
  }
  if (plain) return name;
  return name
    .replace(/^[ \t]+|[ \t]+$/g, "")
    .toLowerCase()
    .replace(/[ \t-]+/g, "_");
}

/**
 * Columns the project's own CSVs add (dataset download, a panel's displayed data, the rejected
 * rows), so that any of them goes back in: read, not used. A row uploaded is the reader's, and
 * its source is looked up by `source_id`.
 */
const PROVENANCE_COLUMNS: ReadonlySet<string> = new Set([
  "dataset",
  "series_label",
  "source_publisher",
  "source_url",
  "source_quote",
  "origin",
  "row",
  "reasons",
]);
const EXTRA = /^extra_\d+$/;
/** A pandas row index: no name (as `to_csv` writes it), or the name pandas gives it when re-read. */
const INDEX_NAMES = new Set(["", "unnamed:_0", "index"]);

export interface HeaderPlan {
  /** Where each column is, or `null` when the header has errors. */
  positions: Record<string, number> | null;
  errors: RowError[];
  notes: IntakeNote[];
  /** Unnamed columns whose cells must stay empty, ascending. */
  padding: number[];
  /** Fewest cells a row may have: the padding at the end of a line may be left off. */
  minWidth: number;
  /** Set for a wide table (one column per period), which is not read as it stands. */
  wide: WideShape | null;
}

// A garbled header (a 5 MB line of commas) would otherwise report millions of columns.
const MAX_HEADER_ERRORS = 20;

const refused = (
  fields: readonly string[],
  error: RowError,
  wide: WideShape | null = null,
): HeaderPlan => ({
  positions: null,
  errors: [error],
  notes: [],
  padding: [],
  minWidth: fields.length,
  wide,
});

const list = (names: string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
const letters = (indexes: number[]) => {
  const shown = indexes.slice(0, 8).map(columnLetter);
  if (indexes.length > 8) shown.push(`${indexes.length - 8} more`);
  return `${indexes.length === 1 ? "Column" : "Columns"} ${list(shown)}`;
};

/** Matches `fields` (the header as written, on row `row`) to `columns`. */
export function matchHeader(
  fields: readonly string[],
  columns: readonly string[],
  row: number,
  optional: readonly string[] = [],
): HeaderPlan {
  const separator = wrongSeparatorError(fields, columns, row);
  if (separator) return refused(fields, separator);
  const wide = wideShape(fields, columns);
  if (wide) return refused(fields, { row, column: "", ...wideProblem(wide, columns) }, wide);
  const wanted = new Set(columns);
  const at: Record<string, number> = {};
  const renamed: number[] = [];
  const unnamed: number[] = [];
  const ignored: number[] = [];
  // Unknown and repeated names, in header order: [index, repeated].
  const problems: [number, boolean][] = [];
  const seen = new Set<string>();
  fields.forEach((name, i) => {
    const exact = wanted.has(name);
    const loose = exact ? name : looseName(name);
    const column = exact ? name : wanted.has(loose) ? loose : null;
    const repeated = seen.has(name);
    seen.add(name);
    if (column !== null && at[column] === undefined) {
      at[column] = i;
      if (column !== name) renamed.push(i);
    } else if (column !== null || (repeated && loose !== "")) problems.push([i, true]);
    else if (loose === "") unnamed.push(i);
    else if (PROVENANCE_COLUMNS.has(loose) || EXTRA.test(loose)) ignored.push(i);
    else problems.push([i, false]);
  });
  // Empty names are padding beside a real header; a header with no column at all (a line of
  // commas) is no header, and its empty names are problems like any other.
  if (Object.keys(at).length === 0 && unnamed.length > 0) {
    for (let k = 0; k < unnamed.length; k++) problems.push([unnamed[k]!, k > 0]);
    problems.sort((a, b) => a[0] - b[0]);
    unnamed.length = 0;
  }
  // An optional column left out is at position -1: its cells read as absent (events.csv before
  // it had topics).
  for (const c of optional) if (at[c] === undefined) at[c] = -1;
  const missing = columns.filter((c) => at[c] === undefined);
  const errors: RowError[] = [];
  const error = (column: string, p: { code: RowErrorCode; message: string }) =>
    errors.push({ row, column, ...p });
  for (const [i, repeated] of problems.slice(0, MAX_HEADER_ERRORS)) {
    const name = fields[i]!;
    if (repeated) {
      error(clip(name), problem("duplicate_column", name, columnName(i)));
      continue;
    }
    const invisible = name.length > 64 ? null : describeInvisible(name);
    const meant = looseName(withoutInvisible(name));
    const guess = wanted.has(meant)
      ? meant
      : name.length > 64
        ? null
        : closest(looseName(name), missing);
    const hint = invisible
      ? ` It is ${invisible}, a character you cannot see (often pasted from a web page)${guess ? `: rename it "${guess}"` : ""}.`
      : guess
        ? ` Did you mean "${guess}"?`
        : ` This file's columns are ${columns.join(", ")}.`;
    error(clip(name), problem("unknown_column", name, columnName(i), hint));
  }
  const more = problems.length - MAX_HEADER_ERRORS;
  if (more > 0) error("", problem("too_many_header_errors", more, fields.length));
  for (const c of missing) error(c, problem("missing_column", c));
  const notes: IntakeNote[] = [];
  if (renamed.length > 0) {
    const pairs = renamed.map(
      (i) => `"${clip(fields[i]!)}" as ${Object.keys(at).find((c) => at[c] === i)}`,
    );
    notes.push({
      code: "renamed_columns",
      message: `Header names that differ only in case, spaces or "-" were matched: ${list(pairs)}.`,
    });
  }
  // A first column without a name before a complete header is a pandas row index.
  const index = unnamed[0] === 0 || INDEX_NAMES.has(looseName(fields[0] ?? "x")) ? 0 : -1;
  if (index === 0 && errors.length === 0 && fields.length > columns.length) {
    if (unnamed[0] === 0) unnamed.shift();
    else ignored.splice(ignored.indexOf(0), 1);
    notes.push({
      code: "index_column",
      message: `Column A${fields[0] ? ` ("${clip(fields[0])}")` : " has no name and"} comes before the data, as pandas writes its row index: not read.`,
    });
  }
  if (unnamed.length > 0) {
    notes.push({
      code: "padding_columns",
      message: `${letters(unnamed)} ${unnamed.length === 1 ? "has" : "have"} no name in the header: read as padding (spreadsheets add empty cells after the last column). A row with a value there is rejected.`,
    });
  }
  if (ignored.length > 0) {
    notes.push({
      code: "ignored_columns",
      message: `${list(ignored.map((i) => `"${clip(fields[i]!)}"`))} ${ignored.length === 1 ? "is a column" : "are columns"} the project's own downloads add (provenance): read but not used. A row you upload is shown as yours, with its source looked up by source_id.`,
    });
  }
  let minWidth = fields.length;
  for (let k = unnamed.length - 1; k >= 0 && unnamed[k] === minWidth - 1; k--) minWidth -= 1;
  return {
    positions: errors.length === 0 ? at : null,
    errors,
    notes,
    padding: unnamed,
    minWidth,
    wide: null,
  };
}
