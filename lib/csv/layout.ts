// How a file is laid out, as the intake step (lib/intake/detect.ts) found it before any record is
// read: what separates the cells, how a quote inside a quoted cell is written, and how many lines
// above the header are not data. The default is RFC 4180 from the first line.

export interface CsvLayout {
  /** One character: `,` `;` tab or `|`. */
  delimiter: string;
  /** How a quote is written inside a quoted cell: `"` (RFC 4180's `""`) or `\` (`\"`). */
  escapeChar: string;
  /** Records above the header (a `sep=` line, a title, notes, blank lines): not read. */
  skipRecords: number;
  /** Whether a record of nothing but delimiters (`,,,,`) is padding rather than a row. */
  skipEmptyRows: boolean;
}

export const RFC_4180: CsvLayout = {
  delimiter: ",",
  escapeChar: '"',
  skipRecords: 0,
  skipEmptyRows: false,
};

/** Why a record was not handed over as the header or a row. */
export type SkippedKind = "blank" | "empty" | "above";

/** Picks the layout from the start of the text (at most the first megabyte). */
export type DetectLayout = (head: string) => CsvLayout;
