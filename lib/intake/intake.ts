// The one intake step the command line, the build and the upload share: the layout is found from
// the head of the file (detect.ts), the header matched (header-match.ts), every record validated
// with the schema's strict rules, and every physical line accounted for (notes.ts).
import { problem } from "../data/messages";
import type { CsvRecord, CsvSink } from "../csv/read";
import type { DetectLayout } from "../csv/layout";
import type { ValidationReport } from "../data/types";
import {
  createTableValidator,
  type TableSchema,
  type ValidatorOptions,
} from "../data/validate-table";
import { detectLayout } from "./detect";
import { createLineLedger, type IntakeNote, type LineCount } from "./notes";
import type { WideShape } from "./wide";

export interface IntakeReport<T> extends ValidationReport<T> {
  /** Rows accepted (equal to `valid.length` unless rows were not kept). */
  accepted: number;
  /** Errors found (equal to `errors.length` unless `keepErrors` left some out). */
  errorCount: number;
  /** How the file was read, in file order: what was skipped or assumed, with its lines. */
  notes: IntakeNote[];
  lines: LineCount;
  /** The header as written, or `null` for a file without one. */
  header: CsvRecord | null;
  /** Set when the file is a wide table, which is read only when the reader asks. */
  wide: WideShape | null;
}

/** The first line break in `text` from `from` on (LF or CR), or -1. */
function breakFrom(text: string, from: number): number {
  const lf = text.indexOf("\n", from);
  const cr = text.indexOf("\r", from);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

/**
 * The first line of `cell` after its first (CRLF, LF or CR end a line) that holds at least
 * `width` cells when split at `delimiter`, or `null`: the lines of `cell.split(/\r\n|\n|\r/)
 * .slice(1)` tested with `line.split(delimiter).length >= width`, without building either split
 * (a file can hold many rows with a note over several lines).
 */
export function lineAsWideAsARow(cell: string, delimiter: string, width: number): string | null {
  for (let brk = breakFrom(cell, 0); brk !== -1;) {
    const start = brk + (cell.charCodeAt(brk) === 13 && cell.charCodeAt(brk + 1) === 10 ? 2 : 1);
    brk = breakFrom(cell, start);
    const end = brk === -1 ? cell.length : brk;
    let cells = 1;
    for (let d = cell.indexOf(delimiter, start); d !== -1 && d < end;) {
      if (++cells >= width) return cell.slice(start, end);
      d = cell.indexOf(delimiter, d + delimiter.length);
    }
    if (cells >= width) return cell.slice(start, end);
  }
  return null;
}

/**
 * Why a record spanning several lines is not one row: a line inside a quoted cell holds as many
 * delimiters as a whole row, so a quote was most likely left open and swallowed the rows after
 * it. `null` when the line breaks look like text (a note written on several lines). Applying a
 * file in "replace" mode must never lose rows the report did not list: such a record is listed.
 */
function swallowedRows(
  cells: readonly string[],
  delimiter: string,
  width: number,
  [row, first, last]: [number, number, number],
): { code: "swallowed_lines"; message: string } | null {
  if (width < 2) return null;
  for (const cell of cells) {
    const line = lineAsWideAsARow(cell, delimiter, width);
    if (line !== null) return problem("swallowed_lines", row, first, last, line);
  }
  return null;
}

export interface IntakeOptions extends ValidatorOptions {
  /** Each rejected record as it stands in the file, in file order. */
  onRejected?(record: CsvRecord): void;
  /** Said before everything else (the encoding, from the decoder). */
  notes?: IntakeNote[];
}

export function createIntake<T>(schema: TableSchema<T>, options: IntakeOptions = {}) {
  const validator = createTableValidator(schema, options);
  const ledger = createLineLedger();
  let detected: IntakeNote[] = [];
  let header: CsvRecord | null = null;
  let delimiter = ",";
  const detect: DetectLayout = (head) => {
    const found = detectLayout(head, schema.columns);
    detected = found.notes;
    delimiter = found.layout.delimiter;
    return found.layout;
  };
  const { onRejected } = options;
  // The record now being read spans these lines (set just before it is handed over).
  let span: [row: number, first: number, last: number] | null = null;
  let quoteRow = 0;
  const validate = (record: CsvRecord): boolean => {
    // A quote error on the row already says what went wrong, with its lines.
    if (span === null || span[0] !== record.row || quoteRow === record.row)
      return validator.record(record);
    const why = swallowedRows(record.fields, delimiter, header?.fields.length ?? 0, span);
    if (why === null) return validator.record(record);
    validator.reject(record.row, why.code, why.message);
    return false;
  };
  const sink: CsvSink = {
    onHeader(record) {
      header = record;
      validator.header(record);
    },
    onSyntaxError(e) {
      quoteRow = e.row;
      validator.syntaxError(e);
    },
    onRecord: onRejected
      ? (record) => {
          if (!validate(record)) onRejected(record);
        }
      : (record) => void validate(record),
    onSkipped: (row, line, kind) => ledger.skip(row, line, kind),
    onSpan(row, first, last) {
      span = [row, first, last];
      ledger.span(row, first, last);
    },
  };
  const said: IntakeNote[] = [...(options.notes ?? [])];
  /** Adds a note said before all others (the encoding, from the decoder). */
  const note = (n: IntakeNote) => said.push(n);
  const finish = (): IntakeReport<T> => {
    const report = validator.finish();
    const plan = validator.plan();
    return {
      ...report,
      accepted: validator.accepted(),
      errorCount: validator.errorCount(),
      notes: [...said, ...detected, ...(plan?.notes ?? []), ...ledger.notes()],
      lines: ledger.count(report.rows, header !== null),
      header,
      wide: plan?.wide ?? null,
    };
  };
  /** Whether the header read is that of a wide table (false before the header). */
  const wide = () => Boolean(validator.plan()?.wide);
  return { sink, detect, finish, note, wide };
}
