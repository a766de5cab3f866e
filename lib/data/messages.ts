// Length: one builder per row error code, thirty-seven codes, each a line or three.
// One message builder per row error code: the same problem is worded the same way wherever it is
// found. A builder takes the particulars (the cell, the row, the columns) and returns the
// sentence a reader sees; lib/intake/codes.ts gives each code's meaning. `problem(code, …)` is
// how lib builds an error, so a code without a builder, or a builder called with the wrong
// particulars, fails to compile.
import type { RowErrorCode } from "../intake/codes";
import { clip } from "./clip";
import { whyNotDecimal } from "./not-a-number";
import { ownCopy } from "./fast/own-copy";

const q = (text: string) => `"${clip(text)}"`;
const SAVE_AS_CSV = "Save the data as CSV (UTF-8) and try again.";

const BUILDERS = {
  // The file as a whole
  empty_file: (columns: readonly string[]) =>
    `The file is empty: it needs a header (${columns.join(",")}) and rows.`,
  binary_file: () => `This is not a text file: it contains NUL bytes. ${SAVE_AS_CSV}`,
  bad_encoding: () => "This file is not valid UTF-8 text. Save it as CSV UTF-8 and try again.",
  /** `why`: the decoder's or the system's reason, as it words it. */
  unreadable_file: (why: string) => why,
  missing_file: (file: string) => `${file} was not found.`,
  // Its structure
  /** `where`: " (lines 4–9)" or "", as lib/csv/collect.ts measures it. */
  unterminated_quote: (row: number, where: string, line: number) =>
    `A quoted field that starts in row ${row}${where} is never closed: the quote (") on line ${line} has no closing quote, so everything after it, to the end of the file, was read into that one field.`,
  malformed_quote: (row: number, where: string) =>
    `Row ${row}${where} has a quote (") in the wrong place: a quoted field must end with a quote followed by the delimiter or the end of the line. A quote inside a quoted field is written twice (""); a file that writes it \\" is read that way only when every quote in its first lines is.`,
  /** `line`: the line inside the quoted cell that has as many cells as a row. */
  swallowed_lines: (row: number, first: number, last: number, line: string) =>
    `Row ${row} runs over lines ${first}–${last}: a quoted cell holds line breaks, and a line inside it has as many cells as a row of its own (${q(line)}). A quote was most likely not closed where it should be, so these lines are not read as rows; check the quotes on line ${first}.`,
  wrong_separator: (separator: string) =>
    `The columns are separated by ${separator}, not commas. Save the file as CSV (comma delimited) and try again.`,
  /**
   * `periods`: the period columns (first and last label); `ids`: the columns that name a row;
   * `missing`: the columns a long row needs that the wide file does not have.
   */
  wide_table: (
    periods: { count: number; first: string; last: string },
    ids: readonly string[],
    missing: readonly string[],
    columns: readonly string[],
  ) =>
    `This is a wide table: one column per period (${periods.count} columns, ${periods.first} to ${periods.last}), one row per ${ids.join(" and ") || "series"}. ` +
    `This dataset is read as one row per period, with the columns ${columns.join(",")}. ` +
    `In the upload, choose "Read as one row per period" and give ${missing.join(" and ") || "nothing more"}; ` +
    `or reshape it yourself (pandas: df.melt(id_vars=${JSON.stringify(ids)}, var_name="period", value_name="value"); a spreadsheet: unpivot the period columns) and add ${missing.join(", ")}.`,
  /** `hint`: " Did you mean …?", a named invisible character, or the list of columns. */
  unknown_column: (name: string, position: string, hint: string) =>
    `Column ${q(name)} (${position}) is not one of this file's columns.${hint}`,
  duplicate_column: (name: string, position: string) =>
    `Column ${q(name)} (${position}) appears more than once in the header.`,
  missing_column: (column: string) => `The header has no "${column}" column.`,
  too_many_header_errors: (more: number, columns: number) =>
    `…and ${more} more problems with the header columns (${columns} columns in all).`,
  header_invalid: (headerRow: number, wide: boolean) =>
    wide
      ? `Not read: the file is a wide table (see row ${headerRow}).`
      : `Not read: the header is not valid (see row ${headerRow}).`,
  /** `hint`: what the cells suggest (a quote, a decimal comma), or "". */
  ragged_row: (row: number, fields: number, width: number, hint: string) =>
    `Row ${row} has ${fields} field${fields === 1 ? "" : "s"}; the header has ${width}.${hint}`,
  /** `column`: "column F" (lib/intake/distance.ts columnName). */
  unnamed_column: (column: string, cell: string) =>
    `${column[0]!.toUpperCase()}${column.slice(1)}, has no name in the header, but this row has ${q(cell)} in it: name the column, or empty it.`,
  /** `keyNames`: "period, series and unit". */
  duplicate_key: (keyNames: string, firstRow: number) => `Same ${keyNames} as row ${firstRow}.`,
  // Its cells
  not_a_number: (text: string) => whyNotDecimal(text),
  bad_period: (text: string) =>
    `${q(text)} is not a period: write a year (2023), a month (2023-06), months of one year (2023-01/09) or years (2018/2019), between 1990 and 2100.`,
  /** `forms`: the precisions the column takes, e.g. "YYYY-MM-DD, YYYY-MM or YYYY". */
  bad_date: (text: string, forms: string) => `${q(text)} is not a date: write ${forms}.`,
  bad_identifier: (text: string) =>
    `${q(text)} is not an identifier: use lower-case letters, digits, "_" and "-".`,
  bad_url: (text: string) => `${q(text)} is not an http(s) address.`,
  empty_value: () => "This cell is empty.",
  unknown_basis: (text: string, bases: readonly string[]) =>
    `${q(text)} is not a basis; use one of: ${bases.join(", ")}.`,
  bad_basis: (text: string, allowed: readonly string[]) =>
    `${q(text)} is not a basis: use one of ${allowed.join(", ")}.`,
  bad_status: (text: string, allowed: readonly string[]) =>
    `${q(text)} is not a status: use one of ${allowed.join(", ")}.`,
  /** `why`: "The event has no topics", "\"x\" is not a topic", "A topic appears twice". */
  bad_topics: (why: string, topics: readonly string[]) =>
    `${why}: write topics separated by semicolons, from ${topics.join(", ")}.`,
  /** `of`: "crude_annual" for a dataset's units, or null for the list of every unit. */
  unknown_unit: (text: string, of: string | null, units: string) =>
    `${q(text)} is not a unit${of ? ` of ${of}` : ""}; use one of${of ? ":" : ""} ${units}.`,
  unknown_series: (text: string, dataset: string, series: string) =>
    `${q(text)} is not a series of ${dataset}; use one of: ${series}.`,
  unknown_source: (id: string) => `Source ${q(id)} is not in sources.csv.`,
  missing_formula: () => "A derived value needs its formula in the note.",
  negative_value: (valueText: string, unit: string) =>
    `${clip(valueText)} ${unit} is negative; a volume cannot be.`,
  /** `what`: "a share". */
  below_minimum: (valueText: string, unit: string, min: number, what: string) =>
    `${clip(valueText)} ${unit} is below ${min}; ${what} cannot be.`,
  /** `what` null: the unit's own limit ("beyond any plausible figure"); else the series' bound. */
  implausible_value: (valueText: string, unit: string, max: number, what: string | null) =>
    what === null
      ? `${clip(valueText)} ${unit} is beyond any plausible figure (more than ${max.toLocaleString("en-US")} ${unit}).`
      : `${clip(valueText)} ${unit} is above ${max}; ${what} cannot be.`,
  /** `what`: "a conversion factor", "a capacity". */
  not_positive: (valueText: string, what: string) =>
    `${clip(valueText)} is not above zero; ${what} must be.`,
  range_order: (low: string, value: string, high: string) =>
    `Expected low ≤ value ≤ high, got ${low} ≤ ${clip(value)} ≤ ${high}.`,
} satisfies { [K in RowErrorCode]: (...particulars: never[]) => string };

type Particulars<K extends RowErrorCode> = Parameters<(typeof BUILDERS)[K]>;

/** `{ code, message }` for `code`, worded by its one builder from the particulars given. */
export function problem<K extends RowErrorCode>(
  code: K,
  ...particulars: Particulars<K>
): { code: K; message: string } {
  const build = BUILDERS[code] as (...args: Particulars<K>) => string;
  // A message quotes the cell; kept as built, it would keep the file's text alive (ownCopy).
  return { code, message: ownCopy(build(...particulars)) };
}
