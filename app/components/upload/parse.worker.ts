// Reads and validates a reader's file off the main thread, with the same lib code as the build
// and the command line, and keeps the accepted rows until the reader applies them. Started by
// UploadPanel as a module worker; no file and no row leaves the browser.
import { readCsvStream } from "@/lib/csv/read";
import { compareUpload } from "@/lib/upload/compare";
import { mergeUpload } from "@/lib/upload/merge";
import { packedBuffers } from "@/lib/upload/pack";
import { PREVIEW_ROWS, previewErrors } from "@/lib/upload/preview";
import { readUpload } from "@/lib/upload/read-upload";
import { rejectedCsvParts } from "@/lib/upload/rejected-csv";
import type { UploadedRows } from "@/lib/upload/targets";
import type { ValidateStreamHandlers } from "@/lib/upload/validate-stream";
import { keepPacked } from "@/lib/upload/reader-db";
import { splitBundle } from "@/lib/upload/transfer";
import { wideOffer, wideRead } from "@/lib/intake/wide-upload";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const running = new Map<string, AbortController>();
const uploads = new Map<string, UploadedRows>();
/** How each file with rejected rows was read: its rejected rows' CSV is written from it. */
const rejecting = new Map<string, Extract<ToWorker, { type: "parse" }>>();
const PROGRESS_EVERY_MS = 100;
/** Lets other messages (a cancel, a merge) in between two parts of long work. */
const breather = () => new Promise((resolve) => setTimeout(resolve, 0));

async function peek(id: string, file: File) {
  const found = new AbortController();
  let fields: string[] | null = null;
  const end = await readCsvStream(file, {
    signal: found.signal,
    onHeader(record) {
      fields = record?.fields ?? null;
      found.abort();
    },
    onSyntaxError() {},
    onRecord() {},
  });
  if ("ok" in end) post({ type: "error", id, message: end.message });
  else post({ type: "header", id, fields });
}

type ParseMessage = Extract<ToWorker, { type: "parse" }>;

/** The file read and validated as `message` asks (a wide table as one row per period). */
async function readFile(message: ParseMessage, handlers: ValidateStreamHandlers) {
  const { id, file, dataset } = message;
  const knownSourceIds = new Set(message.knownSourceIds);
  const controller = new AbortController();
  running.set(id, controller);
  // A later reading of the same file (read as a wide table while its rejected rows are written)
  // has its own controller: only this reading's is removed when it ends.
  let read = await readUpload(file, dataset, knownSourceIds, {
    ...handlers,
    signal: controller.signal,
  }).finally(() => running.get(id) === controller && running.delete(id));
  // A wide table the reader chose to read as one row per period: its records (all rejected as
  // they stand) become long rows, read and validated like any file.
  if (message.wide && read.validation.report.wide && "status" in read.validation.end)
    read = await wideRead(read.validation, dataset, knownSourceIds, message.wide);
  return read;
}

async function parse(message: ParseMessage) {
  const { id, dataset } = message;
  rejecting.delete(id);
  let lastPost = 0;
  const { validation, upload } = await readFile(message, {
    // Only a wide table's records are needed after this reading (to read it as one row per
    // period); the rejected rows' CSV reads the file again (writeRejected).
    keepRejected: "if wide",
    // The report shows these rows' errors and counts the rest: the rest are found again, with
    // their rows, when the reader asks for the rejected rows' CSV.
    keepErrors: PREVIEW_ROWS,
    onProgress(rows, bytes, totalBytes) {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: "progress", id, rows, bytes, totalBytes });
    },
  });
  const { end, report, header } = validation;
  if ("ok" in end) return post({ type: "error", id, message: end.message });
  if (end.status === "aborted") return post({ type: "cancelled", id });
  uploads.set(id, upload);
  post({
    type: "done",
    id,
    result: {
      dataset,
      header: header?.fields ?? null,
      rows: report.rows,
      valid: report.valid.length,
      rejected: report.rejectedRows.length,
      errors: previewErrors(report),
      errorCount: report.errorCount,
      sourceIds: "sources" in upload ? upload.sources.map((s) => s.id) : [],
      notes: report.notes,
      lines: report.lines,
      wide: wideOffer(validation),
    },
  });
  if (report.errorCount > 0) rejecting.set(id, message);
}

/**
 * The rejected rows' CSV, written when asked, from the file read again: for a million-row file
 * the rejected records and their errors were about 100 MB of the worker's memory kept for the
 * file's life, and the CSV, written ahead for every file, about 190 MB of text and 6 s of work
 * beside "Apply", for a download few readers make (issue 14's memory budget; BENCHMARKS.md,
 * "Session 6"). Reading again costs the time of the first reading, once, when asked.
 */
async function writeRejected(id: string) {
  const asked = rejecting.get(id);
  if (!asked) return;
  const { validation } = await readFile(asked, {});
  const { end, header, rejected, report } = validation;
  if ("ok" in end) return post({ type: "error", id, message: end.message });
  // Removed or read again meanwhile: nothing to send.
  if (end.status === "aborted" || rejecting.get(id) !== asked) return;
  // The parts go into the Blob as they are written, a few at a time: a Blob's bytes are kept
  // outside the worker's JavaScript heap.
  const type = "text/csv;charset=utf-8";
  let csv = new Blob([], { type });
  let parts: string[] = [];
  for (const part of rejectedCsvParts(header, rejected, report.errors)) {
    if (rejecting.get(id) !== asked) return;
    parts.push(part);
    if (parts.length === 4) {
      csv = new Blob([csv, ...parts], { type });
      parts = [];
    }
    await breather();
  }
  post({ type: "rejected-csv", id, csv: new Blob([csv, ...parts], { type }) });
}

function merge(message: Extract<ToWorker, { type: "merge" }>) {
  const { request, published, ids, mode, send, keep } = message;
  const chosen = ids.flatMap((id) => uploads.get(id) ?? []);
  const merged = mergeUpload(published, chosen, mode);
  const diffs = compareUpload(
    published,
    merged,
    chosen.map((u) => u.dataset),
  );
  post({ type: "diff", request, diffs });
  if (!send) return;
  const { shell, parts } = splitBundle(merged);
  for (const part of parts) {
    // Parts to be stored here too are copied, not transferred: the store reads them later.
    scope.postMessage(
      { type: "bundle-part", request, part } satisfies FromWorker,
      keep ? [] : packedBuffers(part.rows),
    );
  }
  post({ type: "bundle", request, shell });
  if (keep)
    void keepPacked({ shell, parts }, { mode, files: keep.files }).then((kept) =>
      post({ type: "kept", request, kept }),
    );
}

const failed = (id: string) => (err: unknown) =>
  post({
    type: "error",
    id,
    message: `The file could not be read (${err instanceof Error ? err.message : String(err)}). If it changed on disk, choose it again.`,
  });

scope.onmessage = ({ data: message }: MessageEvent<ToWorker>) => {
  switch (message.type) {
    case "cancel":
      return running.get(message.id)?.abort();
    case "forget":
      running.get(message.id)?.abort();
      rejecting.delete(message.id);
      return uploads.delete(message.id);
    case "rejected-csv":
      return writeRejected(message.id).catch(failed(message.id));
    case "peek":
      return peek(message.id, message.file).catch(failed(message.id));
    case "parse":
      return parse(message).catch(failed(message.id));
    case "merge":
      try {
        return merge(message);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        return post({ type: "merge-failed", request: message.request, message: why });
      }
  }
};
