// The one intake step the command line, the build and the upload share: the layout is found from
// the head of the file (detect.ts), the header matched (header-match.ts), every record validated
// with the schema's strict rules, and every physical line accounted for (notes.ts).
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
  /** How the file was read, in file order: what was skipped or assumed, with its lines. */
  notes: IntakeNote[];
  lines: LineCount;
  /** The header as written, or `null` for a file without one. */
  header: CsvRecord | null;
  /** Set when the file is a wide table, which is read only when the reader asks. */
  wide: WideShape | null;
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
  const detect: DetectLayout = (head) => {
    const found = detectLayout(head, schema.columns);
    detected = found.notes;
    return found.layout;
  };
  const { onRejected } = options;
  const sink: CsvSink = {
    onHeader(record) {
      header = record;
      validator.header(record);
    },
    onSyntaxError: (e) => validator.syntaxError(e),
    onRecord: onRejected
      ? (record) => {
          if (!validator.record(record)) onRejected(record);
        }
      : (record) => void validator.record(record),
    onSkipped: (row, line, kind) => ledger.skip(row, line, kind),
    onSpan: (row, first, last) => ledger.span(row, first, last),
  };
  const finish = (): IntakeReport<T> => {
    const report = validator.finish();
    const plan = validator.plan();
    return {
      ...report,
      accepted: validator.accepted(),
      notes: [...(options.notes ?? []), ...detected, ...(plan?.notes ?? []), ...ledger.notes()],
      lines: ledger.count(report.rows, header !== null),
      header,
      wide: plan?.wide ?? null,
    };
  };
  return { sink, detect, finish };
}
