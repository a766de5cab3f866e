// validateCsvText for a reader's file: records are validated as they are read, so a file of a
// million rows never sits in memory as text and records at once.
import { readCsvStream, type CsvRecord, type CsvStreamEnd } from "../csv/read";
import type { ValidationReport } from "../data/types";
import { createTableValidator, type TableSchema } from "../data/validate-table";

export interface StreamValidation<T> {
  /** Anything but `complete` (aborted, not a text file) leaves a partial report: use none of it. */
  end: CsvStreamEnd;
  report: ValidationReport<T>;
  /** The header as written, or `null` for a file without one. */
  header: CsvRecord | null;
  /** Every rejected record as it stands in the file, in file order. */
  rejected: CsvRecord[];
}

export interface ValidateStreamHandlers {
  /** After each chunk: data records read, and bytes read of the total. */
  onProgress?(rows: number, bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
  /** Bytes read at a time (characters, for a string). */
  chunkSize?: number;
}

export async function validateStream<T>(
  input: Blob | string,
  schema: TableSchema<T>,
  handlers: ValidateStreamHandlers = {},
): Promise<StreamValidation<T>> {
  const validator = createTableValidator(schema);
  const rejected: CsvRecord[] = [];
  let header: CsvRecord | null = null;
  let rows = 0;
  const end = await readCsvStream(
    input,
    {
      signal: handlers.signal,
      onHeader(record) {
        header = record;
        validator.header(record);
      },
      onSyntaxError: (e) => validator.syntaxError(e),
      onRecord(record) {
        rows += 1;
        if (!validator.record(record)) rejected.push(record);
      },
      onProgress: (bytesRead, totalBytes) => handlers.onProgress?.(rows, bytesRead, totalBytes),
    },
    { chunkSize: handlers.chunkSize },
  );
  return { end, report: validator.finish(), header, rejected };
}
