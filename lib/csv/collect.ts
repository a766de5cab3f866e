// papaparse's output, a chunk at a time, turned into spreadsheet-numbered records: the header,
// the rows, what was skipped (blank lines, padding, the lines above the header) and, once a line
// break inside quotes has been seen, which physical lines each record spans.
import { problem } from "../data/messages";
import type Papa from "papaparse";
import type { CsvLayout, SkippedKind } from "./layout";
import type { LineEndState } from "./line-ends";
import { createCellLineFeeds } from "./fast/cell-line-feeds";

/** One record as it stands in the file: strings, untouched. */
export interface CsvRecord {
  /** The row number a spreadsheet shows for this record: the header is row 1. */
  row: number;
  fields: string[];
}

type CsvSyntaxCode = "unterminated_quote" | "malformed_quote";

export interface CsvSyntaxError {
  row: number;
  code: CsvSyntaxCode;
  message: string;
}

/** Where the header, the records and the syntax errors go, in file order. */
export interface CsvSink {
  /** The first non-blank record, or `null` (at the end) when the file has none. */
  onHeader(record: CsvRecord | null): void;
  /** Comes before the header or record of the same row. */
  onSyntaxError(error: CsvSyntaxError): void;
  onRecord(record: CsvRecord): void;
  /** A record that is neither header nor row, with the physical line it stands on. */
  onSkipped?(row: number, line: number, kind: SkippedKind): void;
  /** A record that spans more than one physical line (a quoted cell with line breaks). */
  onSpan?(row: number, firstLine: number, lastLine: number): void;
}

/** A record papaparse gives for a blank line: not data, but it keeps its row number. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0] === "";
}

/** Nothing but delimiters (`,,,,`): what spreadsheets write for an empty row. */
function isEmptyRecord(fields: readonly string[]): boolean {
  if (fields[0] !== "") return false;
  for (let i = 1; i < fields.length; i++) if (fields[i] !== "") return false;
  return true;
}

/** Line breaks in a cell as written (CRLF, LF or CR inside quotes each end one line). */
function lineBreaks(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n += 1;
  }
  return n;
}

const lines = (first: number, last: number) =>
  first === last ? `line ${first}` : `lines ${first}–${last}`;

function syntaxError(row: number, papaCode: string, first: number, last: number): CsvSyntaxError {
  const where = first === row && last === row ? "" : ` (${lines(first, last)})`;
  if (papaCode === "MissingQuotes") {
    return { row, ...problem("unterminated_quote", row, where, first) };
  }
  return { row, ...problem("malformed_quote", row, where) };
}

/**
 * A collector for one parse. `rowsBefore` counts every record of the chunks already read, blank
 * lines included (for a chunk read on its own, as collectTable does).
 */
export function createCollector(
  sink: CsvSink,
  layout: Pick<CsvLayout, "skipRecords" | "skipEmptyRows"> = {
    skipRecords: 0,
    skipEmptyRows: false,
  },
  lineEnds: LineEndState = { quotedBreak: false },
  rowsBefore = 0,
  headerSeen = false,
) {
  let line = rowsBefore + 1;
  // A blank record is told only when another follows it (or, streamed, at the end): papaparse
  // reading a string gives an empty last record after the line break that ends the file.
  let blank: [number, number] | null = null;
  const cellLineFeeds = createCellLineFeeds();
  const flushBlank = () => {
    if (blank) sink.onSkipped?.(blank[0], blank[1], "blank");
    blank = null;
  };
  return {
    /**
     * `textLineFeeds`: the line feeds in the text `data` was read from, when every record in it
     * ended with one (a chunk before the file's last); it spares searching most cells.
     */
    take(data: string[][], errors: Papa.ParseError[], textLineFeeds?: number) {
      let quoteErrors: Map<number, string> | null = null;
      for (const e of errors) {
        // A row at or past data.length is the unfinished one papaparse holds back for the next
        // chunk; what it said about it (a closing quote whose comma is still unread) is re-decided
        // when the row is parsed whole.
        if (e.type !== "Quotes" || e.row === undefined || e.row >= data.length) continue;
        quoteErrors ??= new Map();
        // papaparse reports an unclosed quote after its malformed-quote error on the same record;
        // the unclosed quote is the one that explains what happened to the rows after it.
        if (!quoteErrors.has(e.row) || e.code === "MissingQuotes") quoteErrors.set(e.row, e.code);
      }
      // Line feeds in each record's cells, when a cell may hold one and none is a lone CR.
      const inCells =
        lineEnds.quotedBreak && !lineEnds.quotedCR
          ? cellLineFeeds.count(data, textLineFeeds)
          : null;
      for (let i = 0; i < data.length; i++) {
        const fields = data[i]!;
        const row = rowsBefore + i + 1;
        const first = line;
        if (inCells !== null) line += inCells[i]!;
        else if (lineEnds.quotedCR) for (const cell of fields) line += lineBreaks(cell);
        const quoteError = quoteErrors?.get(i);
        // A quote never closed runs to the end of the file, and takes the file's last line
        // break into its cell: that break ends the last line, it starts none.
        if (quoteError === "MissingQuotes" && /[\r\n]$/.test(fields.at(-1) ?? "")) line -= 1;
        const last = line;
        line += 1;
        if (first !== last) sink.onSpan?.(row, first, last);
        if (quoteError !== undefined) sink.onSyntaxError(syntaxError(row, quoteError, first, last));
        flushBlank();
        if (row <= layout.skipRecords) sink.onSkipped?.(row, first, "above");
        else if (isBlankRecord(fields)) blank = [row, first];
        else if (!headerSeen) {
          headerSeen = true;
          sink.onHeader({ row, fields });
        } else if (layout.skipEmptyRows && isEmptyRecord(fields))
          sink.onSkipped?.(row, first, "empty");
        else sink.onRecord({ row, fields });
      }
      rowsBefore += data.length;
    },
    /**
     * `endsWithBreak`: papaparse reading a whole string that ends with a line break gives an
     * empty record after it (reading a stream, it does not): that one is no line. The readers
     * hand papaparse a stream; one parse of a whole string is the plain definition tests hold
     * them to (tests/csv/fast/chunked.test.ts).
     */
    finish(endsWithBreak = false) {
      if (!endsWithBreak) flushBlank();
      if (!headerSeen) sink.onHeader(null);
    },
  };
}
