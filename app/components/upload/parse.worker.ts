// Reads and validates a reader's file off the main thread, with the same lib code as the build
// and the command line. Started by UploadPanel as a module worker; the file never leaves it.
import { readCsvStream } from "@/lib/csv/read";
import { readUpload } from "@/lib/upload/read-upload";
import { previewErrors } from "@/lib/upload/preview";
import { rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import type { FromWorker, ToWorker } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);
const running = new Map<string, AbortController>();
const PROGRESS_EVERY_MS = 100;

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

async function parse({ id, file, dataset, knownSourceIds }: Extract<ToWorker, { type: "parse" }>) {
  const controller = new AbortController();
  running.set(id, controller);
  let lastPost = 0;
  const { validation, upload } = await readUpload(file, dataset, new Set(knownSourceIds), {
    signal: controller.signal,
    onProgress(rows, bytes, totalBytes) {
      const now = performance.now();
      if (now - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = now;
      post({ type: "progress", id, rows, bytes, totalBytes });
    },
  }).finally(() => running.delete(id));
  const { end, report, header, rejected } = validation;
  if ("ok" in end) return post({ type: "error", id, message: end.message });
  if (end.status === "aborted") return post({ type: "cancelled", id });
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
      upload,
    },
  });
  if (report.errors.length === 0) return;
  const csv = rejectedRowsCsv(header, rejected, report.errors);
  post({ type: "rejected-csv", id, csv: new Blob([csv], { type: "text/csv;charset=utf-8" }) });
}

const failed = (id: string) => (err: unknown) =>
  post({
    type: "error",
    id,
    message: `The file could not be read (${err instanceof Error ? err.message : String(err)}). If it changed on disk, choose it again.`,
  });

scope.onmessage = ({ data: message }: MessageEvent<ToWorker>) => {
  if (message.type === "cancel") running.get(message.id)?.abort();
  else if (message.type === "peek") peek(message.id, message.file).catch(failed(message.id));
  else parse(message).catch(failed(message.id));
};
