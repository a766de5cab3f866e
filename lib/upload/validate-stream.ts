// validateCsvText for a reader's file: records are validated as they are read, so a file of a
// million rows never sits in memory as text and records at once. The same intake step as the
// command line and the build (lib/intake/intake.ts).
import { readCsvStream, type CsvRecord, type CsvStreamEnd } from "../csv/read";
import type { TableSchema } from "../data/validate-table";
import { createIntake, type IntakeReport } from "../intake/intake";
import { WINDOWS_1252_NOTE } from "../csv/legacy";
import { RecordStore } from "../csv/fast/record-store";

export interface StreamValidation<T> {
  /** Anything but `complete` (aborted, not a text file) leaves a partial report: use none of it. */
  end: CsvStreamEnd;
  report: IntakeReport<T>;
  /** The header as written, or `null` for a file without one. */
  header: CsvRecord | null;
  /** Every rejected record as it stands in the file, in file order, kept compactly. */
  rejected: RecordStore;
  /** The columns the file was read for (the schema's). */
  schemaColumns: string[];
}

export interface ValidateStreamHandlers {
  /** After each chunk: data records read, and bytes read of the total. */
  onProgress?(rows: number, bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
  /** Bytes read at a time (characters, for a string). */
  chunkSize?: number;
  /** false: count the accepted rows without keeping them (the command line). */
  keepRows?: boolean;
  /** Keep the errors of the first this many rejected rows only (lib/data/validate-table.ts). */
  keepErrors?: number;
  /**
   * false: do not keep the rejected records (the command line prints the errors only);
   * "if wide": only for a wide table, to be read as one row per period (lib/intake/wide-upload).
   */
  keepRejected?: boolean | "if wide";
}

export async function validateStream<T>(
  input: Blob | string,
  schema: TableSchema<T>,
  handlers: ValidateStreamHandlers = {},
): Promise<StreamValidation<T>> {
  const rejected = new RecordStore();
  let rows = 0;
  const keep = handlers.keepRejected ?? true;
  const intake: ReturnType<typeof createIntake<T>> = createIntake(schema, {
    keepRows: handlers.keepRows,
    keepErrors: handlers.keepErrors,
    onRejected:
      keep === false
        ? undefined
        : keep === "if wide"
          ? (record): void => {
              if (intake.wide()) rejected.push(record);
            }
          : (record) => rejected.push(record),
  });
  const end = await readCsvStream(
    input,
    {
      ...intake.sink,
      signal: handlers.signal,
      onEncoding: () => intake.note({ code: "encoding", message: WINDOWS_1252_NOTE }),
      onRecord(record) {
        rows += 1;
        intake.sink.onRecord(record);
      },
      onProgress: (bytesRead, totalBytes) => handlers.onProgress?.(rows, bytesRead, totalBytes),
    },
    { chunkSize: handlers.chunkSize, detect: intake.detect },
  );
  const report = intake.finish();
  return { end, report, header: report.header, rejected, schemaColumns: [...schema.columns] };
}
