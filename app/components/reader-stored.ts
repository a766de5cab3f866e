"use client";
// The dashboard's way to the reader's stored data (reader-storage.ts), with that code and
// IndexedDB's (idb-keyval) fetched only when needed: on a load, only when this browser holds the
// site's database (a first visit does not: then nothing is fetched); on "Apply" or "Remove", then.
// The script budget counts a whole read of the page (BENCHMARKS.md), which applies nothing.
import { READER_DB } from "@/lib/upload/reader-db-name";
import type { ReaderData } from "./ReaderBanner";

const loadStorage = () => import("./reader-storage");

/** False when the browser says it holds no database of that name; true when it does or cannot say. */
async function mayHoldData(): Promise<boolean> {
  try {
    const idb = globalThis.indexedDB;
    // Firefox before 126 cannot list databases: there the storage code is asked.
    if (typeof idb?.databases !== "function") return true;
    return (await idb.databases()).some((db) => db.name === READER_DB);
  } catch {
    return true;
  }
}

/**
 * The data the reader applied last (reader-storage.ts's `loadReaderData`), or `null`: none stored,
 * storage not available, or its code did not load. Never rejects.
 */
export async function storedReaderData(): Promise<ReaderData | null> {
  if (!(await mayHoldData())) return null;
  try {
    return await (await loadStorage()).loadReaderData();
  } catch {
    return null;
  }
}

/** reader-storage.ts's `saveReaderData`; resolves false when its code did not load. Never rejects. */
export async function keepReaderData(
  ...args: Parameters<typeof import("./reader-storage").saveReaderData>
): Promise<boolean> {
  try {
    return await (await loadStorage()).saveReaderData(...args);
  } catch {
    return false;
  }
}
