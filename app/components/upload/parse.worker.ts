// Reads and validates a reader's file off the main thread, with the same lib code as the build
// and the command line, and keeps the accepted rows until the reader applies them. Started by
// UploadPanel as a module worker; no file and no row leaves the browser.
import { readCsvStream } from "@/lib/csv/read";
import { compareUpload } from "@/lib/upload/compare";
import { mergeUpload } from "@/lib/upload/merge";
import { packedBuffers } from "@/lib/upload/pack";
import { previewErrors } from "@/lib/upload/preview";
import { readUpload } from "@/lib/upload/read-upload";
import { rejectedCsvParts } from "@/lib/upload/rejected-csv";
import type { UploadedRows } from "@/lib/upload/targets";
import type { StreamValidation } from "@/lib/upload/validate-stream";
import type { RowError } from "@/lib/data/types";
import { keepPacked } from "@/lib/upload/reader-db";
import { splitBundle } from "@/lib/upload/transfer";
import { wideOffer, wideRead } from "@/lib/intake/wide-upload";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const running = new Map<string, AbortController>();
const uploads = new Map<string, UploadedRows>();
/** What a file's rejected rows' CSV is written from, when the reader asks for it. */
type Rejections = Pick<StreamValidation<unknown>, "header" | "rejected"> & {
  errors: RowError[];
};
const rejections = new Map<string, Rejections>();
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

async function parse(message: Extract<ToWorker, { type: "parse" }>) {
  const { id, file, dataset } = message;
  const knownSourceIds = new Set(message.knownSourceIds);
  rejections.delete(id);
  const controller = new AbortController();
  running.set(id, controller);
  let lastPost = 0;
  let read = await readUpload(file, dataset, knownSourceIds, {
    signal: controller.signal,
    onProgress(rows, bytes, totalBytes) {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: "progress", id, rows, bytes, totalBytes });
    },
  }).finally(() => running.delete(id));
  // A wide table the reader chose to read as one row per period: its records (all rejected as
  // they stand) become long rows, read and validated like any file.
  if (message.wide && read.validation.report.wide && "status" in read.validation.end)
    read = await wideRead(read.validation, dataset, knownSourceIds, message.wide);
  const { validation, upload } = read;
  const { end, report, header, rejected } = validation;
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
      errorCount: report.errors.length,
      sourceIds: "sources" in upload ? upload.sources.map((s) => s.id) : [],
      notes: report.notes,
      lines: report.lines,
      wide: wideOffer(validation),
    },
  });
  if (report.errors.length > 0) rejections.set(id, { header, rejected, errors: report.errors });
}

/**
 * The rejected rows' CSV, written when asked: for a million-row file it is about 190 MB of text
 * and 6 s of work, which, written ahead for every file, ran beside "Apply" and held that much
 * for a download few readers make (issue 14's memory budget; BENCHMARKS.md, "Session 6").
 */
async function writeRejected(id: string) {
  const kept = rejections.get(id);
  if (!kept) return;
  const { header, rejected, errors } = kept;
  // The parts go into the Blob as they are written, a few at a time: a Blob's bytes are kept
  // outside the worker's JavaScript heap.
  const type = "text/csv;charset=utf-8";
  let csv = new Blob([], { type });
  let parts: string[] = [];
  for (const part of rejectedCsvParts(header, rejected, errors)) {
    // Removed or read again meanwhile: stop.
    if (rejections.get(id) !== kept) return;
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
      rejections.delete(message.id);
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
