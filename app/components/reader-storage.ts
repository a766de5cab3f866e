"use client";
// The reader's applied data, kept in this browser (IndexedDB, through idb-keyval) so that a reload,
// /methodology or a later visit shows their values too, at every size the upload accepts:
// sessionStorage held about 5 MB, and an upload of 20,000 rows was silently dropped. It never
// leaves the browser. When it cannot be kept (a private window, storage refused or full) the
// banner says so, rather than the data quietly vanishing on reload.
//
// The rows are kept as the worker packed them for the page (lib/upload/transfer.ts: each column
// as its distinct values and a typed array of indexes), not as objects: IndexedDB copies what it
// stores on the main thread, and copying a quarter of a million row objects took 2.6 s of the
// page's "Apply" (CPU profile, issue 14); the packed parts copy as a few arrays. Since session 5
// the upload worker stores them itself (lib/upload/reader-db.ts): the page does not copy them.
import { useSyncExternalStore } from "react";
import { del, get, set } from "idb-keyval";
import {
  OLD_READER_KEY,
  READER_KEY,
  readerStore,
  type PackedBundle,
  type StoredReader,
} from "@/lib/upload/reader-db";
import type { ReaderData } from "./ReaderBanner";

export type { PackedBundle } from "@/lib/upload/reader-db";

/** Whether the data now shown is kept for a reload; `unknown` until a save has answered. */
export type Kept = "kept" | "not-kept" | "unknown";
let kept: Kept = "unknown";
const listeners = new Set<() => void>();
const setKept = (value: Kept) => {
  kept = value;
  for (const l of listeners) l();
};

// Saves run one after another, in the order asked: forgetting the data ("Remove") must not
// overtake the worker's store of the data applied just before it.
let last: Promise<unknown> = Promise.resolve();
const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
  const done = last.then(step);
  last = done.catch(() => {});
  return done;
};

/**
 * Stores `data` (or forgets it, for `null`); resolves whether it was kept. Never rejects.
 * `packed`: the same bundle as the worker packed it, stored instead of `data.bundle`; or
 * `{ keptBy }`: the upload worker stores it (lib/upload/reader-db.ts) and resolves whether it did.
 */
export function saveReaderData(
  data: ReaderData | null,
  packed?: PackedBundle | { keptBy: Promise<boolean> },
): Promise<boolean> {
  return inTurn(async () => {
    try {
      // The first version kept small uploads in sessionStorage: nothing should be left there.
      sessionStorage.removeItem("reader-data-v1");
    } catch {}
    try {
      await del(OLD_READER_KEY, readerStore());
      if (data === null) await del(READER_KEY, readerStore());
      else if (packed && "keptBy" in packed) {
        if (!(await packed.keptBy)) throw new Error("not kept");
      } else {
        const { mode, files } = data;
        const stored: StoredReader = packed ? { mode, files, packed } : data;
        await set(READER_KEY, stored, readerStore());
      }
      setKept(data === null ? "unknown" : "kept");
      return true;
    } catch {
      setKept("not-kept");
      return false;
    }
  });
}

/** The data the reader applied last, or `null` (none, or storage not available). Never rejects. */
export async function loadReaderData(): Promise<ReaderData | null> {
  try {
    const stored =
      (await get<StoredReader>(READER_KEY, readerStore())) ??
      (await get<ReaderData>(OLD_READER_KEY, readerStore())) ??
      null;
    if (!stored) return null;
    let data: ReaderData;
    if ("packed" in stored) {
      const { packed, ...rest } = stored;
      // Loaded only when there is something to unpack: most visits have no stored upload.
      const { joinBundle, unpackPart } = await import("@/lib/upload/transfer");
      // A part at a time, each in a task of its own: no one long task on the page.
      const parts = [];
      for (const part of packed.parts) {
        parts.push(unpackPart(part));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      data = { ...rest, bundle: joinBundle(packed.shell, parts) };
    } else data = stored;
    setKept("kept");
    return data;
  } catch {
    return null;
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the applied data is kept for a reload, as the last save or load found. */
export const useReaderKept = (): Kept =>
  useSyncExternalStore(
    subscribe,
    () => kept,
    () => "unknown",
  );
