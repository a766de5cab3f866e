"use client";
// The published data, fetched once per page when first needed (see app/data/bundle.json).
// A failed fetch is forgotten, so the next call tries again.
import type { DataBundle } from "@/lib/data/bundle";

const PUBLISHED_BUNDLE_URL = "/data/bundle.json";

let published: Promise<DataBundle> | null = null;

export function loadPublishedBundle(): Promise<DataBundle> {
  published ??= fetch(PUBLISHED_BUNDLE_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${PUBLISHED_BUNDLE_URL} answered ${response.status}`);
      return response.json() as Promise<DataBundle>;
    })
    .catch((err: unknown) => {
      published = null;
      throw err;
    });
  return published;
}
