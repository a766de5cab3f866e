// A header that is one cell because the file was read with the wrong separator. The intake step
// (lib/intake/detect.ts) picks the right one first; this is what is said when it could not.
import { problem } from "./messages";
import type { RowError } from "./types";

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

/** The error for a header written with another separator than the one it was read with, or `null`. */
export function wrongSeparatorError(
  fields: readonly string[],
  columns: readonly string[],
  row: number,
): RowError | null {
  const separator = wrongSeparator(fields, columns);
  if (!separator) return null;
  return {
    row,
    column: "",
    ...problem("wrong_separator", separator),
  };
}
