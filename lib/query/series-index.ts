// The fast path for reading a dataset by series (issue 14: "Apply" of a reader's file without a
// main-thread task over 100 ms, and the Node pipeline within 1.5× papaparse). A reader's
// crude_annual may hold a million rows, and the metrics and panels ask a few hundred questions
// of it: scanning every row for each question (`rows.find`, `rows.filter`) took 2.8 s of the
// apply in a CPU profile (session 4). Here each dataset array is grouped by series once, in one
// pass, and every question after that is a lookup.
//
// A series' lookups (by label, in period order, by unit as given) are each built when first
// asked for, for that series alone: the metrics read four of the 24 series of the benchmark's
// million rows, by label. Measured gain (computeMetrics on its 980,048 accepted rows, CPU time,
// medians of 5, interleaved, load 8–9): 2.0–2.1 s with every lookup of every series built at
// once, 0.27–0.31 s this way; the same 20 metrics, byte for byte (BENCHMARKS.md, "computeMetrics
// on a million rows"). The work can be done ahead in slices (`prepareSeriesIndex`, every part of
// every series), so the render that follows only looks up.
//
// A bundle's arrays are never changed once built (a merge makes new ones), so an index, kept in
// a WeakMap by the array it was built from, cannot go stale and goes with the array.
// tests/query/series-index.test.ts holds every answer equal to the plain scan it replaces.
import type { Observation } from "../data/types";
import { ordering, STEP_ROWS as STEP_ROWS_ } from "./period-order";
import { drain, slicer } from "./slices";

// A module-local copy: under tsx (the benchmark, the CLI) an imported binding is read through a
// getter, once per row in the loops below.
const STEP_ROWS = STEP_ROWS_;

/** The lookups of one series, each built from its rows on first use. */
interface Parts {
  /** The rows in period order (earliest first month, then the shorter period first); by unit. */
  order: { sorted: Observation[]; byUnit: Map<string, Observation[]> };
  /** By unit, in the array's order (what `rows.filter` gives). */
  asGiven: Map<string, Observation[]>;
  /** By unit, then period label: the first such row of the array (what `rows.find` gives). */
  at: Map<string, Map<string, Observation>>;
}

export interface SeriesEntry extends Partial<Parts> {
  /** The series' rows in the array's order. */
  readonly given: readonly Observation[];
}

export type SeriesIndex = Map<string, SeriesEntry>;

const indexes = new WeakMap<readonly Observation[], SeriesIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The rows of each series, in the array's order, pausing every STEP_ROWS rows. */
function* grouping(rows: readonly Observation[]): Generator<void, SeriesIndex> {
  const grouped = new Map<string, Observation[]>();
  for (let i = 0; i < rows.length; i++) {
    push(grouped, rows[i]!.series, rows[i]!);
    if (i % STEP_ROWS === STEP_ROWS - 1) yield;
  }
  return new Map([...grouped].map(([series, given]) => [series, { given }]));
}

/** How each part is built from a series' rows, pausing every STEP_ROWS rows of work. */
const BUILD: { [K in keyof Parts]: (given: readonly Observation[]) => Generator<void, Parts[K]> } =
  {
    *order(given) {
      const sorted = yield* ordering(given);
      const byUnit = new Map<string, Observation[]>();
      for (const o of sorted) push(byUnit, o.unit, o);
      return { sorted, byUnit };
    },
    *asGiven(given) {
      const byUnit = new Map<string, Observation[]>();
      for (let i = 0; i < given.length; i++) {
        push(byUnit, given[i]!.unit, given[i]!);
        if (i % STEP_ROWS === STEP_ROWS - 1) yield;
      }
      return byUnit;
    },
    *at(given) {
      const at = new Map<string, Map<string, Observation>>();
      for (let i = 0; i < given.length; i++) {
        const o = given[i]!;
        let labels = at.get(o.unit);
        if (!labels) at.set(o.unit, (labels = new Map()));
        // The first row of a label stands, as `find` would have it.
        if (!labels.has(o.period.label)) labels.set(o.period.label, o);
        if (i % STEP_ROWS === STEP_ROWS - 1) yield;
      }
      return at;
    },
  };

const PART_NAMES = Object.keys(BUILD) as (keyof Parts)[];

/**
 * A part of a series' lookups: the one kept, else built (pausing) and kept. What another use
 * kept meanwhile stands, so every caller gets the same arrays.
 */
function* completing<K extends keyof Parts>(
  entry: SeriesEntry,
  name: K,
): Generator<void, Parts[K]> {
  const kept: Partial<Parts> = entry;
  const built: Parts[K] = kept[name] ?? (yield* BUILD[name](entry.given));
  return (kept[name] ??= built);
}

const part = <K extends keyof Parts>(entry: SeriesEntry, name: K): Parts[K] =>
  drain(completing(entry, name));

/**
 * The index of `rows` by series (its rows grouped, each series' lookups built on first use),
 * built on first use and kept while `rows` lives.
 */
export function seriesIndex(rows: readonly Observation[]): SeriesIndex {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = drain(grouping(rows))));
  return index;
}

/**
 * Builds the index of `rows` ahead, every part of every series, calling `pause` (where the page
 * gives the browser a turn) whenever SLICE_MS of work are done (lib/query/slices.ts), so that no
 * single task does it all. Resolves when it is built; later questions then only look things up.
 * What a synchronous use builds meanwhile stands, and is not built again. `now`: a clock in
 * milliseconds.
 */
export async function prepareSeriesIndex(
  rows: readonly Observation[],
  pause: () => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<void> {
  const sliced = slicer(pause, now);
  if (!indexes.has(rows)) {
    const grouped = await sliced(grouping(rows));
    if (!indexes.has(rows)) indexes.set(rows, grouped);
  }
  for (const entry of indexes.get(rows)!.values())
    for (const name of PART_NAMES) if (!entry[name]) await sliced(completing(entry, name));
}

const NONE: readonly Observation[] = Object.freeze([]);

/**
 * A series' rows (in one unit when given), in period order; shared by every caller: read it,
 * never change it. Equal to `rows.filter(series and unit)` stably sorted by first month, then months.
 */
export function seriesRows(
  rows: readonly Observation[],
  series: string,
  unit?: string,
): readonly Observation[] {
  const entry = seriesIndex(rows).get(series);
  if (!entry) return NONE;
  const { sorted, byUnit } = part(entry, "order");
  return (unit === undefined ? sorted : byUnit.get(unit)) ?? NONE;
}

/** A series' rows in one unit, in the array's order: `rows.filter(series and unit)`, by lookup. */
export function seriesRowsAsGiven(
  rows: readonly Observation[],
  series: string,
  unit: string,
): readonly Observation[] {
  const entry = seriesIndex(rows).get(series);
  return (entry && part(entry, "asGiven").get(unit)) ?? NONE;
}

/** The first row of `rows` with this series, period label and unit: `rows.find(…)`, by lookup. */
export function rowAt(
  rows: readonly Observation[],
  series: string,
  period: string,
  unit: string,
): Observation | undefined {
  const entry = seriesIndex(rows).get(series);
  return entry && part(entry, "at").get(unit)?.get(period);
}
