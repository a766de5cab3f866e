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

export function collectTable(
  data: string[][],
  errors: Papa.ParseError[],
  firstIndex: number,
): CsvTable {
  const syntaxErrors = new Map<number, CsvSyntaxError>();
  for (const e of errors) {
    if (e.type !== "Quotes" || e.row === undefined) continue;
    const row = firstIndex + e.row + 1;
    // papaparse reports an unclosed quote after its malformed-quote error on the same record;
    // the unclosed quote is the one that explains what happened to the rows after it.
    const existing = syntaxErrors.get(row);
    if (!existing || e.code === "MissingQuotes") syntaxErrors.set(row, syntaxError(row, e.code));
  }
  let header: CsvRecord | null = null;
  const records: CsvRecord[] = [];
  data.forEach((fields, i) => {
    const row = firstIndex + i + 1;
    if (isBlankRecord(fields)) return;
    if (header === null && firstIndex === 0) header = { row, fields };
    else records.push({ row, fields });
  });
  return { header, records, syntaxErrors: [...syntaxErrors.values()] };
}
