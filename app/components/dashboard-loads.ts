"use client";
// What the dashboard (Dashboard.tsx) fetches when it first needs it, not with the page: the code
// that recomputes the numbers with the published data, the reader of a view in the address, and
// the banner for the reader's own data. The script budget counts a whole read of `/`
// (BENCHMARKS.md), which needs none of them.
import type { Pipeline } from "@/lib/dashboard/compute";
import { withTimeout } from "@/lib/dashboard/timeout";
import type { DataBundle } from "@/lib/data/bundle";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view/state";
import { loadPublishedBundle } from "./published-bundle";

interface Recompute {
  /** One pipeline per page: the render and the table rows' loader share its memory. */
  run: Pipeline;
  published: DataBundle;
  /**
   * Indexes a reader's bundle ahead, in slices, then runs the pipeline on it for `view()` in a
   * task of its own (lib/dashboard/prepare.ts).
   */
  prepare(bundle: DataBundle, view: () => ViewState): Promise<void>;
}
let recompute: Promise<Recompute> | null = null;
// A failed or timed-out load is forgotten, so "Try again" fetches again.
export const loadRecompute = () =>
  (recompute ??= withTimeout(
    () => Promise.all([import("@/lib/dashboard/compute"), loadPublishedBundle()]),
    "The code that recomputes the numbers",
  )
    .then(([compute, published]) => {
      const run = compute.createPipeline();
      return {
        run,
        published,
        prepare: (bundle: DataBundle, view: () => ViewState) =>
          compute.prepareRun(run, bundle, view),
      };
    })
    .catch((err: unknown) => {
      recompute = null;
      throw err;
    }));

// The reader of a view in the address: fetched only when the address has a query (most visits
// open / plain).
const loadParser = () => import("@/lib/view/parse");

/** The view the address asks for; rejects when the parser did not load. */
export async function viewInAddress(): Promise<ViewState> {
  const query = window.location.search;
  if (query.length <= 1) return DEFAULT_VIEW;
  const { parseViewState } = await withTimeout(loadParser, "The code that reads the address");
  return parseViewState(query);
}

// The banner that says the page shows the reader's data: fetched only when it does.
export const loadBanner = () => import("./ReaderBanner");
