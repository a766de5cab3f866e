"use client";
// The one worker an upload panel talks to: started on first use, ended with the panel or when the
// panel lets it go (no file left). File messages go to the panel's reducer; merges are answered as
// promises.
import { useCallback, useEffect, useRef } from "react";
import type { DataBundle } from "@/lib/data/bundle";
import type { DiffSummary } from "@/lib/upload/compare";
import type { MergeMode } from "@/lib/upload/merge";
import type { AppliedFile } from "@/lib/upload/reader-db";
import { joinBundle, unpackPart, type UnpackedPart } from "@/lib/upload/transfer";
import type { FilesAction } from "./files-state";
import type { FromWorker, ToWorker } from "./protocol";

export interface Merged {
  diffs: DiffSummary[];
  /** Only when the merge was asked to send it. */
  bundle: DataBundle | null;
  /** Only when asked to keep it: whether the worker stored the bundle for a reload. */
  kept: Promise<boolean> | null;
}

interface Waiting {
  send: boolean;
  diffs: DiffSummary[];
  parts: UnpackedPart[];
  kept: Promise<boolean> | null;
  resolve(merged: Merged): void;
  reject(error: Error): void;
}

export function useUploadWorker(dispatch: (action: FilesAction) => void) {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, Waiting>());
  // Whether a bundle was stored, answered after the bundle itself: by request.
  const keeping = useRef(new Map<number, (kept: boolean) => void>());
  const last = useRef(0);
  // Set when the panel has no file left; cleared by any message posted.
  const released = useRef(false);

  // A worker with no file holds nothing the page needs, yet kept 13 MB of heap after "Remove"
  // (BENCHMARKS.md, "Session 5"): ending it gives all of that back. It ends only once every
  // merge has been answered and every store for a reload has finished.
  const endIfReleased = useCallback(() => {
    if (!released.current || waiting.current.size > 0 || keeping.current.size > 0) return;
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const receive = useCallback(
    ({ data: reply }: MessageEvent<FromWorker>) => {
      if (!("request" in reply)) return dispatch(reply);
      if (reply.type === "kept") {
        keeping.current.get(reply.request)?.(reply.kept);
        keeping.current.delete(reply.request);
        return endIfReleased();
      }
      const w = waiting.current.get(reply.request);
      if (!w) return;
      if (reply.type === "bundle-part") {
        w.parts.push(unpackPart(reply.part));
      } else if (reply.type === "merge-failed") {
        waiting.current.delete(reply.request);
        w.reject(new Error(reply.message));
      } else if (reply.type === "diff") {
        w.diffs = reply.diffs;
        if (w.send) return;
        waiting.current.delete(reply.request);
        w.resolve({ diffs: w.diffs, bundle: null, kept: null });
      } else {
        waiting.current.delete(reply.request);
        w.resolve({ diffs: w.diffs, bundle: joinBundle(reply.shell, w.parts), kept: w.kept });
      }
      endIfReleased();
    },
    [dispatch, endIfReleased],
  );

  // A worker that stopped or was ended stores nothing more.
  const notKept = useCallback(() => {
    for (const answer of keeping.current.values()) answer(false);
    keeping.current.clear();
  }, []);

  const started = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = receive;
    w.onerror = () => {
      const message = "The file reader stopped unexpectedly.";
      dispatch({ type: "worker-failed", message });
      for (const pending of waiting.current.values()) pending.reject(new Error(message));
      waiting.current.clear();
      notKept();
    };
    return (worker.current = w);
  }, [dispatch, receive, notKept]);

  const post = useCallback(
    (message: ToWorker) => {
      released.current = false;
      // Nothing to stop or forget in a worker that was never started (or was ended).
      if (!worker.current && (message.type === "cancel" || message.type === "forget")) return;
      started().postMessage(message);
    },
    [started],
  );

  /**
   * Starts the worker before the first file, so that its script has loaded and run by the time
   * the reader has chosen one (UploadWork calls it when the upload's code arrives: the reader
   * has pressed or focused the section, and is likely in the file dialog). A small file's
   * report came 171 ms after it was chosen with the worker started then, 84 ms with it started
   * ahead (medians of 8 alternate uploads; BENCHMARKS.md, "Session 9"). It ends, as ever, when
   * the last file is removed.
   */
  const warm = useCallback(() => void started(), [started]);

  /**
   * The files `ids`, in that order, laid over `published` (lib/upload/merge.ts) in the worker;
   * with `keep`, the worker also stores the bundle for a reload (lib/upload/reader-db.ts).
   */
  const merge = useCallback(
    (
      published: DataBundle,
      ids: string[],
      mode: MergeMode,
      send: boolean,
      keep?: { files: AppliedFile[] },
    ) =>
      new Promise<Merged>((resolve, reject) => {
        const request = ++last.current;
        const kept = keep
          ? new Promise<boolean>((answer) => keeping.current.set(request, answer))
          : null;
        waiting.current.set(request, { send, diffs: [], parts: [], kept, resolve, reject });
        post({ type: "merge", request, published, ids, mode, send, keep });
      }),
    [post],
  );

  /** No file is left: end the worker once it has answered everything asked of it. */
  const release = useCallback(() => {
    released.current = true;
    endIfReleased();
  }, [endIfReleased]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      notKept();
    },
    [notKept],
  );
  return { post, merge, release, warm };
}
