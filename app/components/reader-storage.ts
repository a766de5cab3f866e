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
// page's "Apply" (CPU profile, issue 14); the packed parts copy as a few arrays.
import { useSyncExternalStore } from "react";
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { DataBundle } from "@/lib/data/bundle";
import type { BundlePart } from "@/lib/upload/transfer";
import type { ReaderData } from "./ReaderBanner";

/** The reader's bundle as the upload worker sent it: `joinBundle(shell, parts unpacked)`. */
export interface PackedBundle {
  shell: DataBundle;
  parts: BundlePart[];
}

/** ReaderData as stored: the bundle packed (v3), or as objects (v2, and a save without parts). */
type Stored = Omit<ReaderData, "bundle"> & ({ bundle: DataBundle } | { packed: PackedBundle });

const KEY = "reader-data-v3";
const OLD_KEY = "reader-data-v2";
let store: UseStore | null = null;
const storeOf = () => (store ??= createStore("russia-china-energy", "reader"));

/** Whether the data now shown is kept for a reload; `unknown` until a save has answered. */
export type Kept = "kept" | "not-kept" | "unknown";
let kept: Kept = "unknown";
const listeners = new Set<() => void>();
const setKept = (value: Kept) => {
  kept = value;
  for (const l of listeners) l();
};

/**
 * Stores `data` (or forgets it, for `null`); resolves whether it was kept. Never rejects.
 * `packed`: the same bundle as the worker packed it, stored instead of `data.bundle`.
 */
export async function saveReaderData(
  data: ReaderData | null,
  packed?: PackedBundle,
): Promise<boolean> {
  try {
    // The first version kept small uploads in sessionStorage: nothing should be left there.
    sessionStorage.removeItem("reader-data-v1");
  } catch {}
  try {
    await del(OLD_KEY, storeOf());
    if (data === null) await del(KEY, storeOf());
    else {
      const { mode, files } = data;
      const stored: Stored = packed ? { mode, files, packed } : data;
      await set(KEY, stored, storeOf());
    }
    setKept(data === null ? "unknown" : "kept");
    return true;
  } catch {
    setKept("not-kept");
    return false;
  }
}

/** The data the reader applied last, or `null` (none, or storage not available). Never rejects. */
export async function loadReaderData(): Promise<ReaderData | null> {
  try {
    const stored =
      (await get<Stored>(KEY, storeOf())) ?? (await get<ReaderData>(OLD_KEY, storeOf())) ?? null;
    if (!stored) return null;
    let data: ReaderData;
    if ("packed" in stored) {
      const { packed, ...rest } = stored;
      // Loaded only when there is something to unpack: most visits have no stored upload.
      const { joinBundle, unpackPart } = await import("@/lib/upload/transfer");
      data = { ...rest, bundle: joinBundle(packed.shell, packed.parts.map(unpackPart)) };
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
