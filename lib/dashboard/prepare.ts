// A reader's bundle made ready before the dashboard renders it (issue 14: "Apply" without a
// main-thread task over 100 ms). The pipeline's questions are lookups in an index of each
// dataset by series (lib/query/series-index.ts); built during the render, the index of a quarter
// of a million rows was one task of about half a second. Built here first, in slices with a
// pause between them, the render that follows only looks things up.
import type { DataBundle } from "../data/bundle";
import { prepareSeriesIndex } from "../query/series-index";

/** Below this many rows a dataset is indexed when first asked: a few milliseconds at most. */
const AHEAD_FROM_ROWS = 5000;

/** Gives the browser a turn (input, paint) between two slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Indexes every large dataset of `bundle`, a slice per task; resolves when all are indexed. */
export async function prepareBundle(bundle: DataBundle, pause = nextTask): Promise<void> {
  for (const rows of Object.values(bundle.datasets)) {
    if (rows.length >= AHEAD_FROM_ROWS) await prepareSeriesIndex(rows, pause);
  }
}
