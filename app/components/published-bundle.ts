"use client";
// The published data, fetched once per page when first needed (see app/data/bundle.json).
// A failed fetch is forgotten, so the next call tries again.
import type { DataBundle } from "@/lib/data/bundle";

const PUBLISHED_BUNDLE_URL = "/data/bundle.json";

let published: Promise<DataBundle> | null = null;
const BUNDLE_TIMEOUT_MS = 30_000;

export function loadPublishedBundle(): Promise<DataBundle> {
  // A fetch that hangs (a stalled connection) fails after a while instead of waiting for ever.
  published ??= fetch(PUBLISHED_BUNDLE_URL, { signal: AbortSignal.timeout(BUNDLE_TIMEOUT_MS) })
    .then((response) => {
      if (!response.ok) throw new Error(`${PUBLISHED_BUNDLE_URL} answered ${response.status}`);
      return response.json() as Promise<DataBundle>;
    })
    .catch((err: unknown) => {
      published = null;
      if (err instanceof DOMException && err.name === "TimeoutError")
        throw new Error(
          `${PUBLISHED_BUNDLE_URL} did not answer within ${BUNDLE_TIMEOUT_MS / 1000} s; the connection may be down or very slow`,
        );
      throw err;
    });
  return published;
}
