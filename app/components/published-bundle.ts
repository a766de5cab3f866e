"use client";
// The published data, fetched once per page when first needed (see app/data/bundle.json).
// A failed fetch is forgotten, so the next call tries again; a fetch that hangs fails after
// LOAD_TIMEOUT_MS with a message saying so (lib/dashboard/timeout.ts).
import type { DataBundle } from "@/lib/data/bundle";
import { withTimeout } from "@/lib/dashboard/timeout";

const PUBLISHED_BUNDLE_URL = "/data/bundle.json";

let published: Promise<DataBundle> | null = null;

export function loadPublishedBundle(): Promise<DataBundle> {
  published ??= withTimeout(
    (signal) =>
      fetch(PUBLISHED_BUNDLE_URL, { signal }).then((response) => {
        if (!response.ok) throw new Error(`${PUBLISHED_BUNDLE_URL} answered ${response.status}`);
        return response.json() as Promise<DataBundle>;
      }),
    `The published data (${PUBLISHED_BUNDLE_URL})`,
  ).catch((err: unknown) => {
    published = null;
    throw err;
  });
  return published;
}
