// Where the reader's applied data is kept in this browser (IndexedDB, through idb-keyval), shared
// by the page (app/components/reader-storage.ts, which loads it and forgets it) and the upload
// worker, which stores what it merged itself: IndexedDB copies what it stores on the thread that
// stores it, and the copy of a quarter of a million rows took 1.2 s of the page's "Apply"
// (CPU profile, issue 14, session 4); in the worker it costs the page nothing.
import { createStore, set, type UseStore } from "idb-keyval";
import type { DataBundle } from "../data/bundle";
import type { MergeMode } from "./merge";
import type { BundlePart } from "./transfer";
import { READER_DB } from "./reader-db-name";

/** A file the reader applied, as the banner lists it. */
export interface AppliedFile {
  name: string;
  dataset: string;
  rows: number;
  valid: number;
  rejected: number;
}

/** The reader's bundle as the upload worker sent it: `joinBundle(shell, parts unpacked)`. */
export interface PackedBundle {
  shell: DataBundle;
  parts: BundlePart[];
}

/** What is stored: the bundle packed (v3), or as objects (v2, and a save without parts). */
export type StoredReader = { mode: MergeMode; files: AppliedFile[] } & (
  { bundle: DataBundle } | { packed: PackedBundle }
);

export const READER_KEY = "reader-data-v3";
export const OLD_READER_KEY = "reader-data-v2";

let store: UseStore | null = null;
/** The database READER_DB, object store "reader"; opened on first use. */
export const readerStore = () => (store ??= createStore(READER_DB, "reader"));

/** Stores the packed bundle with its files and mode; resolves whether it was kept. Never rejects. */
export async function keepPacked(
  packed: PackedBundle,
  applied: { mode: MergeMode; files: AppliedFile[] },
): Promise<boolean> {
  try {
    const stored: StoredReader = { ...applied, packed };
    await set(READER_KEY, stored, readerStore());
    return true;
  } catch {
    return false;
  }
}
