// What is wrong with a file's header, as error values: unknown, repeated and missing columns, or
// a file saved with another separator.
import type { RowError } from "./types";
import { clip } from "./clip";

// A garbled header (a 5 MB line of commas) would otherwise report millions of columns.
const MAX_HEADER_ERRORS = 20;

/** The separator a one-column header was really written with, when splitting on it gives the columns. */
function wrongSeparator(fields: readonly string[], columns: readonly string[]): string | null {
  if (fields.length !== 1) return null;
  for (const [sep, name] of [
    [";", "semicolons (;)"],
    ["\t", "tabs"],
    ["|", "vertical bars (|)"],
  ] as const) {
    const parts = fields[0]!.split(sep);
    if (parts.length > 1 && columns.every((c) => parts.includes(c))) return name;
  }
  return null;
}

export function headerErrors(
  fields: readonly string[],
  columns: readonly string[],
  row: number,
  optional: readonly string[] = [],
): RowError[] {
  const separator = wrongSeparator(fields, columns);
  if (separator) {
    return [
      {
        row,
        column: "",
        code: "wrong_separator",
        message: `The columns are separated by ${separator}, not commas. Save the file as CSV (comma delimited) and try again.`,
      },
    ];
  }
  const errors: RowError[] = [];
  const seen = new Set<string>();
  // Past the cap only count: building five million messages for a line of commas takes seconds.
  let more = 0;
  for (const name of fields) {
    const duplicate = seen.has(name);
    seen.add(name);
    if (!duplicate && columns.includes(name)) continue;
    if (errors.length >= MAX_HEADER_ERRORS) {
      more += 1;
      continue;
    }
    errors.push(
      duplicate
        ? {
            row,
            column: clip(name),
            code: "duplicate_column",
            message: `Column "${clip(name)}" appears more than once in the header.`,
          }
        : {
            row,
            column: clip(name),
            code: "unknown_column",
            message: `Column "${clip(name)}" is not one of this file's columns (${columns.join(", ")}).`,
          },
    );
  }
  if (more > 0) {
    errors.push({
      row,
      column: "",
      code: "too_many_header_errors",
      message: `…and ${more} more problems with the header columns (${fields.length} columns in all).`,
    });
  }
  for (const name of columns) {
    if (!seen.has(name) && !optional.includes(name)) {
      errors.push({
        row,
        column: name,
        code: "missing_column",
        message: `The header has no "${name}" column.`,
      });
    }
  }
  return errors;
}
