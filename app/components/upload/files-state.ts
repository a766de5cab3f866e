// The upload panel's files and what has happened to each: a reducer and the order files are
// read in. Plain TypeScript, so it is tested without a browser.
import { detectDataset } from "@/lib/upload/detect";
import { sizeRefusal } from "@/lib/upload/size";
import { isSupportTarget, type UploadTarget } from "@/lib/upload/targets";
import type { FromWorker, ParsedFile } from "./protocol";

type FileStatus =
  | "refused" // over the size limit: never read
  | "checking" // reading the header to tell the dataset
  | "choose" // the reader has to say which dataset
  | "queued"
  | "reading"
  | "done"
  | "cancelled"
  | "failed";

export interface UploadFile {
  id: string;
  file: File;
  target: UploadTarget | null;
  status: FileStatus;
  progress: { rows: number; bytes: number; totalBytes: number } | null;
  result: ParsedFile | null;
  /** The rejected rows' CSV: written only when the reader asks for it. */
  rejectedCsv: Blob | "asked" | null;
  /** Why a file was refused or could not be read. */
  message: string | null;
  /** For a wide table the reader chose to read as one row per period: the values they gave. */
  wide: Record<string, string> | null;
  /** Counts the readings of this file, so each is asked of the worker once. */
  reading: number;
}

export type FilesAction =
  | { type: "add"; files: { id: string; file: File }[] }
  | { type: "choose"; id: string; target: UploadTarget }
  /** Read a wide table again, as one row per period, with `fill` for the columns it lacks. */
  | { type: "widen"; id: string; fill: Record<string, string> }
  | { type: "cancel"; id: string }
  | { type: "remove"; id: string }
  /** The reader asked for the rejected rows' CSV; the worker is writing it. */
  | { type: "rejected-csv-asked"; id: string }
  /** The worker itself failed (did not load, or crashed): nothing in flight will finish. */
  | { type: "worker-failed"; message: string }
  | Extract<FromWorker, { id: string }>;

function added(id: string, file: File): UploadFile {
  const base = {
    id,
    file,
    progress: null,
    result: null,
    rejectedCsv: null,
    wide: null,
    reading: 0,
  };
  const refusal = sizeRefusal(file.name, file.size);
  if (refusal) return { ...base, target: null, status: "refused", message: refusal };
  const target = detectDataset(file.name, null);
  return { ...base, target, status: target ? "queued" : "checking", message: null };
}

function update(files: UploadFile[], id: string, change: (f: UploadFile) => UploadFile | null) {
  return files.flatMap((f) => {
    if (f.id !== id) return [f];
    const next = change(f);
    return next ? [next] : [];
  });
}

/** Applies `action`, then starts the next file if none is being read. */
export function filesReducer(files: UploadFile[], action: FilesAction): UploadFile[] {
  const after = apply(files, action);
  const next = nextToRead(after);
  return next
    ? update(after, next.id, (f) => ({ ...f, status: "reading", reading: f.reading + 1 }))
    : after;
}

const inFlight = new Set<FileStatus>(["checking", "queued", "reading"]);

/** Whether Apply must wait for this file: still being read, or waiting for its dataset. */
export const pending = (f: UploadFile) => inFlight.has(f.status) || f.status === "choose";

function apply(files: UploadFile[], action: FilesAction): UploadFile[] {
  switch (action.type) {
    case "add":
      return [...files, ...action.files.map(({ id, file }) => added(id, file))];
    case "choose":
      return update(files, action.id, (f) => ({ ...f, target: action.target, status: "queued" }));
    case "widen":
      return update(files, action.id, (f) =>
        f.status === "done"
          ? { ...f, status: "queued", wide: action.fill, result: null, rejectedCsv: null }
          : f,
      );
    case "worker-failed":
      return files.map((f) =>
        inFlight.has(f.status)
          ? { ...f, status: "failed", message: action.message }
          : f.rejectedCsv === "asked"
            ? { ...f, rejectedCsv: null }
            : f,
      );
    case "cancel":
    case "cancelled":
      return update(files, action.id, (f) =>
        inFlight.has(f.status) ? { ...f, status: "cancelled", progress: null } : f,
      );
    case "remove":
      return update(files, action.id, () => null);
    case "header":
      return update(files, action.id, (f) => {
        if (f.status !== "checking") return f;
        const target = detectDataset(f.file.name, action.fields);
        return { ...f, target, status: target ? "queued" : "choose" };
      });
    case "progress": {
      const { rows, bytes, totalBytes } = action;
      return update(files, action.id, (f) =>
        f.status === "reading" ? { ...f, progress: { rows, bytes, totalBytes } } : f,
      );
    }
    case "done":
      return update(files, action.id, (f) =>
        f.status === "reading" ? { ...f, status: "done", result: action.result } : f,
      );
    case "rejected-csv-asked":
      return update(files, action.id, (f) => (f.rejectedCsv ? f : { ...f, rejectedCsv: "asked" }));
    case "rejected-csv":
      return update(files, action.id, (f) =>
        f.rejectedCsv === "asked" ? { ...f, rejectedCsv: action.csv } : f,
      );
    case "error":
      return update(files, action.id, (f) =>
        inFlight.has(f.status)
          ? { ...f, status: "failed", message: action.message }
          : f.rejectedCsv === "asked"
            ? { ...f, rejectedCsv: null, message: action.message }
            : f,
      );
  }
}

// Sources first (the others cite them), then factors and events, then datasets in the reader's order.
const rank = (t: UploadTarget | null) =>
  t === null ? Infinity : t === "sources" ? 0 : isSupportTarget(t) ? 1 : 2;

/**
 * The next file to read, or `null`: one at a time, support files first, and nothing else while a
 * sources file is still to be read (its ids decide which rows cite a known source).
 */
export function nextToRead(files: readonly UploadFile[]): UploadFile | null {
  if (files.some((f) => f.status === "reading")) return null;
  const queued = files.filter((f) => f.status === "queued");
  if (queued.length === 0) return null;
  const first = queued.reduce((a, b) => (rank(b.target) < rank(a.target) ? b : a));
  const sourcesPending = files.some(
    (f) => f.status === "checking" || (f.target === "sources" && f.status === "queued"),
  );
  return first.target === "sources" || !sourcesPending ? first : null;
}

/** Source ids a dataset file may cite: the published ones and those of uploaded sources files. */
export function knownSourceIds(publishedIds: readonly string[], files: readonly UploadFile[]) {
  const ids = new Set(publishedIds);
  for (const f of files)
    if (f.status === "done") for (const id of f.result?.sourceIds ?? []) ids.add(id);
  return [...ids];
}
