"use client";
// The reader's applied data, kept in this browser (IndexedDB, through idb-keyval) so that a reload,
// /methodology or a later visit shows their values too, at every size the upload accepts:
// sessionStorage held about 5 MB, and an upload of 20,000 rows was silently dropped. It never
// leaves the browser. When it cannot be kept (a private window, storage refused or full) the
// banner says so, rather than the data quietly vanishing on reload.
import { useSyncExternalStore } from "react";
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { ReaderData } from "./ReaderBanner";

const KEY = "reader-data-v2";
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

/** Stores `data` (or forgets it, for `null`); resolves whether it was kept. Never rejects. */
export async function saveReaderData(data: ReaderData | null): Promise<boolean> {
  try {
    // The first version kept small uploads in sessionStorage: nothing should be left there.
    sessionStorage.removeItem("reader-data-v1");
  } catch {}
  try {
    if (data === null) await del(KEY, storeOf());
    else await set(KEY, data, storeOf());
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
    const data = (await get<ReaderData>(KEY, storeOf())) ?? null;
    if (data) setKept("kept");
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
