// A reader's bundle made ready before the dashboard renders it (issue 14: "Apply" without a
// main-thread task over 100 ms). The pipeline's questions are lookups in an index of each
// dataset by series (lib/query/series-index.ts); built during the render, the index of a quarter
// of a million rows was one task of about half a second. Built here first, in slices with a
// pause between them, the render that follows only looks things up.
import type { DataBundle } from "../data/bundle";
import { prepareSeriesIndex } from "../query/series-index";
import { slicer } from "../query/slices";

/** Below this many rows a dataset is indexed when first asked: a few milliseconds at most. */
const AHEAD_FROM_ROWS = 5000;

/** Gives the browser a turn (input, paint) between two slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Indexes every large dataset of `bundle`, a slice per task; resolves when all are indexed. */
async function prepareBundle(bundle: DataBundle, pause = nextTask): Promise<void> {
  for (const rows of Object.values(bundle.datasets)) {
    if (rows.length >= AHEAD_FROM_ROWS) await prepareSeriesIndex(rows, pause);
  }
}

/**
 * `bundle` indexed (prepareBundle), then `pipeline` run on it once for `view()` (read then, so a
 * control moved meanwhile counts), after a pause: in slices of its steps when it offers them
 * (`inSteps`, pipeline.ts), a pause between two once SLICE_MS have passed. The pipeline
 * remembers its last run, so the render that follows finds every step computed: the run and
 * React's commit of a quarter of a million rows were one task of 105–225 ms (BENCHMARKS.md,
 * "Session 6"), the run alone 92–98 ms ("Session 9"). `now`: a clock in milliseconds.
 */
export async function prepareRun<V>(
  pipeline: ((bundle: DataBundle, view: V) => unknown) & {
    inSteps?(bundle: DataBundle, view: V): Generator<string, unknown>;
  },
  bundle: DataBundle,
  view: () => V,
  pause = nextTask,
  now?: () => number,
): Promise<void> {
  await prepareBundle(bundle, pause);
  await pause();
  if (pipeline.inSteps) await slicer(pause, now)(pipeline.inSteps(bundle, view()));
  else pipeline(bundle, view());
}
