"use client";
// The reader's applied data, kept for this tab only (sessionStorage) so that /methodology can show
// their values too. It never leaves the browser; a file too large to keep is simply not carried over.
import type { ReaderData } from "./ReaderBanner";

const KEY = "reader-data-v1";

export function saveReaderData(data: ReaderData | null): boolean {
  try {
    if (data === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify(data));
    return true;
  } catch {
    // Quota exceeded (a very large upload) or storage disabled: the dashboard still shows the data.
    sessionStorage.removeItem(KEY);
    return false;
  }
}

export function loadReaderData(): ReaderData | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as ReaderData) : null;
  } catch {
    return null;
  }
}
