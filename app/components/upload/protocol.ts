// Messages between UploadPanel and parse.worker.ts. The worker keeps each file's rows; the page
// gets summaries, and the merged bundle in parts when the reader applies it (lib/upload/transfer).
// A message about a file names it (`id`), so one about a cancelled or removed file is ignored.
import type { DataBundle } from "@/lib/data/bundle";
import type { RowError } from "@/lib/data/types";
import type { IntakeNote, LineCount } from "@/lib/intake/notes";
import type { DiffSummary } from "@/lib/upload/compare";
import type { MergeMode } from "@/lib/upload/merge";
import type { AppliedFile } from "@/lib/upload/reader-db";
import type { UploadTarget } from "@/lib/upload/targets";
import type { BundlePart } from "@/lib/upload/transfer";

export type ToWorker =
  /** Read just the header, to tell which dataset an unfamiliar file name is for. */
  | { type: "peek"; id: string; file: File }
  | {
      type: "parse";
      id: string;
      file: File;
      dataset: UploadTarget;
      knownSourceIds: string[];
      /** Read a wide table as one row per period, with these values for the columns it lacks. */
      wide?: Record<string, string>;
    }
  | { type: "cancel"; id: string }
  /** Write the file's rejected rows with their reasons as CSV (answered by `rejected-csv`). */
  | { type: "rejected-csv"; id: string }
  /** The file was removed: drop its rows. */
  | { type: "forget"; id: string }
  /**
   * Merge the files `ids` (in that order) into `published`; post the diff, and the bundle if
   * `send`. With `keep`, also store the bundle for a reload (lib/upload/reader-db.ts) and post
   * `kept`.
   */
  | {
      type: "merge";
      request: number;
      published: DataBundle;
      ids: string[];
      mode: MergeMode;
      send: boolean;
      keep?: { files: AppliedFile[] };
    };

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
  /** The ids of an accepted sources file, which the datasets read after it may cite. */
  sourceIds: string[];
  /** How the file was read: what was skipped or assumed, in plain words. */
  notes: IntakeNote[];
  /** Every physical line of the file, by what became of it. */
  lines: LineCount;
  /** Set when the file is a wide table the reader may have read as one row per period. */
  wide: WideOffer | null;
}

/** What the upload shows before a wide table is read as one row per period. */
export interface WideOffer {
  /** The period columns, as labelled in the file. */
  periods: string[];
  /** The long table's columns, in order, and its first rows as they would be made. */
  columns: string[];
  preview: string[][];
  /** Rows it would make in all (empty cells are gaps and make none). */
  rows: number;
  /** Columns the reader gives a value for (basis, source_id…). */
  missing: string[];
}

export type FromWorker =
  | { type: "header"; id: string; fields: string[] | null }
  | { type: "progress"; id: string; rows: number; bytes: number; totalBytes: number }
  | { type: "done"; id: string; result: ParsedFile }
  /** Every rejected row with its reasons, when asked (writing it can take seconds). */
  | { type: "rejected-csv"; id: string; csv: Blob }
  | { type: "cancelled"; id: string }
  | { type: "error"; id: string; message: string }
  | { type: "diff"; request: number; diffs: DiffSummary[] }
  /** Sent before `bundle`, in order; `bundle` completes them (joinBundle). */
  | { type: "bundle-part"; request: number; part: BundlePart }
  | { type: "bundle"; request: number; shell: DataBundle }
  /** Whether the bundle sent was stored for a reload (asked by `keep`); sent after `bundle`. */
  | { type: "kept"; request: number; kept: boolean }
  | { type: "merge-failed"; request: number; message: string };
