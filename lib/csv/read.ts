// The only module that imports papaparse: every CSV the project reads goes through here,
// whether it comes from data/, the command line or a reader's upload.
import Papa from "papaparse";

/** One record as it stands in the file: strings, untouched. */
export interface CsvRecord {
  /** The row number a spreadsheet shows for this record: the header is row 1. */
  row: number;
  fields: string[];
}

export type CsvSyntaxCode = "unterminated_quote" | "malformed_quote";

export interface CsvSyntaxError {
  row: number;
  code: CsvSyntaxCode;
  message: string;
}

export interface CsvTable {
  header: CsvRecord | null;
  records: CsvRecord[];
  syntaxErrors: CsvSyntaxError[];
}

const BOM = "\uFEFF";

/** A record papaparse gives for a blank line: not data, but it keeps its row number. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0] === "";
}

function syntaxError(row: number, papaCode: string): CsvSyntaxError {
  if (papaCode === "MissingQuotes") {
    return {
      row,
      code: "unterminated_quote",
      message: `A quoted field that starts in row ${row} is never closed, so everything after it was read into that one field.`,
    };
  }
  return {
    row,
    code: "malformed_quote",
    message: `Row ${row} has a quote in the wrong place: a quoted field must end with a quote followed by a comma or the end of the line.`,
  };
}

/** Where the header, the records and the syntax errors go, in file order. */
export interface CsvSink {
  /** The first non-blank record, or `null` (at the end) when the file has none. */
  onHeader(record: CsvRecord | null): void;
  /** Comes before the header or record of the same row. */
  onSyntaxError(error: CsvSyntaxError): void;
  onRecord(record: CsvRecord): void;
}

/**
 * Turns papaparse's output, a chunk at a time, into spreadsheet-numbered records. `rowsBefore`
 * counts every record of the chunks already read, blank lines included.
 */
function createCollector(sink: CsvSink, rowsBefore = 0, headerSeen = false) {
  return {
    take(data: string[][], errors: Papa.ParseError[]) {
      const syntaxErrors = new Map<number, CsvSyntaxError>();
      for (const e of errors) {
        // A row at or past data.length is the unfinished one papaparse holds back for the next
        // chunk; what it said about it (a closing quote whose comma is still unread) is re-decided
        // when the row is parsed whole.
        if (e.type !== "Quotes" || e.row === undefined || e.row >= data.length) continue;
        const row = rowsBefore + e.row + 1;
        // papaparse reports an unclosed quote after its malformed-quote error on the same record;
        // the unclosed quote is the one that explains what happened to the rows after it.
        const existing = syntaxErrors.get(row);
        if (!existing || e.code === "MissingQuotes") syntaxErrors.set(row, syntaxError(row, e.code));
      }
      for (const e of syntaxErrors.values()) sink.onSyntaxError(e);
      for (let i = 0; i < data.length; i++) {
        const fields = data[i]!;
        if (isBlankRecord(fields)) continue;
        const record = { row: rowsBefore + i + 1, fields };
        if (headerSeen) sink.onRecord(record);
        else {
          headerSeen = true;
          sink.onHeader(record);
        }
      }
      rowsBefore += data.length;
    },
    finish() {
      if (!headerSeen) sink.onHeader(null);
    },
  };
}

function tableSink() {
  const table: CsvTable = { header: null, records: [], syntaxErrors: [] };
  const sink: CsvSink = {
    onHeader: (record) => (table.header = record),
    onSyntaxError: (e) => table.syntaxErrors.push(e),
    onRecord: (record) => table.records.push(record),
  };
  return { table, sink };
}

/**
 * Splits CSV text into records, keeping spreadsheet row numbers.
 * No automatic typing: every field stays the string written in the file.
 */
export function readCsvText(text: string): CsvTable {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const parsed = Papa.parse<string[]>(input, {
    delimiter: ",",
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  return collectTable(parsed.data, parsed.errors, 0);
}

/** One chunk as a table; a chunk after the first (`firstIndex` > 0) holds no header. */
export function collectTable(
  data: string[][],
  errors: Papa.ParseError[],
  firstIndex: number,
): CsvTable {
  const { table, sink } = tableSink();
  const collector = createCollector(sink, firstIndex, firstIndex > 0);
  collector.take(data, errors);
  if (table.header === null && firstIndex === 0) collector.finish();
  return table;
}
