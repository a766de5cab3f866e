// Messages between UploadPanel and parse.worker.ts. Every message names the file it is about
// (`id`), so a late message about a cancelled or removed file is simply ignored.
import type { RowError } from "@/lib/data/types";
import type { UploadedRows, UploadTarget } from "@/lib/upload/targets";

export type ToWorker =
  /** Read just the header, to tell which dataset an unfamiliar file name is for. */
  | { type: "peek"; id: string; file: File }
  | { type: "parse"; id: string; file: File; dataset: UploadTarget; knownSourceIds: string[] }
  | { type: "cancel"; id: string };

export interface ParsedFile {
  dataset: UploadTarget;
  /** The header as written, or `null` when the file has none. */
  header: string[] | null;
  rows: number;
  valid: number;
  rejected: number;
  /** All the errors of the first rejected rows (PREVIEW_ROWS), file and header problems first. */
  errors: RowError[];
  errorCount: number;
  upload: UploadedRows;
}

export type FromWorker =
  | { type: "header"; id: string; fields: string[] | null }
  | { type: "progress"; id: string; rows: number; bytes: number; totalBytes: number }
  | { type: "done"; id: string; result: ParsedFile }
  /** Every rejected row with its reasons, sent after `done` (building it can take a while). */
  | { type: "rejected-csv"; id: string; csv: Blob }
  | { type: "cancelled"; id: string }
  | { type: "error"; id: string; message: string };
