"use client";
// The one worker an upload panel talks to: started on first use, ended with the panel. File
// messages go to the panel's reducer; merges are answered as promises.
import { useCallback, useEffect, useRef } from "react";
import type { DataBundle } from "@/lib/data/bundle";
import type { DiffSummary } from "@/lib/upload/compare";
import type { MergeMode } from "@/lib/upload/merge";
import { joinBundle, unpackPart, type BundlePart, type UnpackedPart } from "@/lib/upload/transfer";
import type { PackedBundle } from "../reader-storage";
import type { FilesAction } from "./files-state";
import type { FromWorker, ToWorker } from "./protocol";

export interface Merged {
  diffs: DiffSummary[];
  /** Only when the merge was asked to send it. */
  bundle: DataBundle | null;
  /** The same bundle as the worker packed it (kept by reader-storage.ts without a copy of rows). */
  packed: PackedBundle | null;
}

interface Waiting {
  send: boolean;
  diffs: DiffSummary[];
  parts: UnpackedPart[];
  packed: BundlePart[];
  resolve(merged: Merged): void;
  reject(error: Error): void;
}

export function useUploadWorker(dispatch: (action: FilesAction) => void) {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, Waiting>());
  const last = useRef(0);

  const receive = useCallback(
    ({ data: reply }: MessageEvent<FromWorker>) => {
      if (!("request" in reply)) return dispatch(reply);
      const w = waiting.current.get(reply.request);
      if (!w) return;
      if (reply.type === "bundle-part") {
        w.parts.push(unpackPart(reply.part));
        w.packed.push(reply.part);
      } else if (reply.type === "merge-failed") {
        waiting.current.delete(reply.request);
        w.reject(new Error(reply.message));
      } else if (reply.type === "diff") {
        w.diffs = reply.diffs;
        if (w.send) return;
        waiting.current.delete(reply.request);
        w.resolve({ diffs: w.diffs, bundle: null, packed: null });
      } else {
        waiting.current.delete(reply.request);
        w.resolve({
          diffs: w.diffs,
          bundle: joinBundle(reply.shell, w.parts),
          packed: { shell: reply.shell, parts: w.packed },
        });
      }
    },
    [dispatch],
  );

  const post = useCallback(
    (message: ToWorker) => {
      // Nothing to stop or forget in a worker that was never started.
      if (!worker.current && (message.type === "cancel" || message.type === "forget")) return;
      if (!worker.current) {
        const w = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
        w.onmessage = receive;
        w.onerror = () => {
          const message = "The file reader stopped unexpectedly.";
          dispatch({ type: "worker-failed", message });
          for (const pending of waiting.current.values()) pending.reject(new Error(message));
          waiting.current.clear();
        };
        worker.current = w;
      }
      worker.current.postMessage(message);
    },
    [dispatch, receive],
  );

  /** The files `ids`, in that order, laid over `published` (lib/upload/merge.ts) in the worker. */
  const merge = useCallback(
    (published: DataBundle, ids: string[], mode: MergeMode, send: boolean) =>
      new Promise<Merged>((resolve, reject) => {
        const request = ++last.current;
        waiting.current.set(request, {
          send,
          diffs: [],
          parts: [],
          packed: [],
          resolve,
          reject,
        });
        post({ type: "merge", request, published, ids, mode, send });
      }),
    [post],
  );

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  return { post, merge };
}
