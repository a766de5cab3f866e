// The fast path for reading a dataset by series (issue 14: "Apply" of a reader's file without a
// main-thread task over 100 ms). A reader's crude_annual may hold a quarter of a million rows,
// and the metrics and panels ask a few hundred questions of it: scanning every row for each
// question (`rows.find`, `rows.filter`) took 2.8 s of the apply in a CPU profile (session 4).
// Here each dataset array is indexed once, in one pass and a linear sort, and every question
// after that is a lookup. The work can be done ahead in slices (`prepareSeriesIndex`), so the
// render that follows only looks things up. Measured gain: BENCHMARKS.md, "Session 5".
//
// A bundle's arrays are never changed once built (a merge makes new ones), so an index, kept in
// a WeakMap by the array it was built from, cannot go stale and goes with the array.
// tests/query/series-index.test.ts holds every answer equal to the plain scan it replaces.
import type { Observation } from "../data/types";

interface SeriesEntry {
  /** The series' rows in period order (earliest first month, then the shorter period first). */
  sorted: Observation[];
  /** The same, by unit. */
  byUnit: Map<string, Observation[]>;
  /** By unit, in the array's order (what `rows.filter` gives). */
  asGiven: Map<string, Observation[]>;
  /** By unit, then period label: the first such row of the array (what `rows.find` gave). */
  at: Map<string, Map<string, Observation>>;
}

export type SeriesIndex = Map<string, SeriesEntry>;

const indexes = new WeakMap<readonly Observation[], SeriesIndex>();

/** Rows of work between two points where `prepareSeriesIndex` may give the browser a turn. */
const STEP_ROWS = 1024;
/** Work per task when prepared ahead: well within the 100 ms budget, on a slow phone too. */
const SLICE_MS = 12;

/**
 * Rows in period order: by first month, then the shorter period first, equal ones in the
 * array's order (what a stable `sort` by those gives). Linear: counted by first month, then an
 * insertion sort within each month (a month, its spans and its year: a handful of rows).
 */
export function periodOrder(rows: readonly Observation[]): Observation[] {
  const steps = ordering(rows);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** periodOrder, pausing (`yield`) every STEP_ROWS rows of work. */
function* ordering(rows: readonly Observation[]): Generator<void, Observation[]> {
  let min = Infinity;
  let max = -Infinity;
  for (const o of rows) {
    min = Math.min(min, o.period.firstMonth);
    max = Math.max(max, o.period.firstMonth);
  }
  // First months span 1,332 values at most (1990–2100); anything else takes the plain sort.
  if (rows.length < 2 || !Number.isInteger(min) || max - min > 4 * rows.length + 4096)
    return rows
      .slice()
      .sort(
        (a, b) => a.period.firstMonth - b.period.firstMonth || a.period.months - b.period.months,
      );
  yield;
  const next = new Uint32Array(max - min + 2);
  for (const o of rows) next[o.period.firstMonth - min + 1]!++;
  for (let i = 1; i < next.length; i++) next[i]! += next[i - 1]!;
  const out = new Array<Observation>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i]!;
    out[next[o.period.firstMonth - min]!++] = o;
    if (i % STEP_ROWS === STEP_ROWS - 1) yield;
  }
  for (let from = 0, done = 0; from < out.length;) {
    const month = out[from]!.period.firstMonth;
    let to = from + 1;
    while (to < out.length && out[to]!.period.firstMonth === month) to++;
    // Many periods from one month (its year spans, or a file of repeated keys): the stable sort.
    if (to - from > 32) {
      const same = out.slice(from, to).sort((a, b) => a.period.months - b.period.months);
      for (let i = 0; i < same.length; i++) out[from + i] = same[i]!;
    } else
      for (let i = from + 1; i < to; i++) {
        const row = out[i]!;
        let j = i - 1;
        while (j >= from && out[j]!.period.months > row.period.months) out[j + 1] = out[j--]!;
        out[j + 1] = row;
      }
    done += to - from;
    from = to;
    if (done >= STEP_ROWS) {
      done = 0;
      yield;
    }
  }
  return out;
}

/** Builds the index of `rows` into `index`, pausing (`yield`) every STEP_ROWS rows of work. */
function* building(rows: readonly Observation[], index: SeriesIndex): Generator<void> {
  const grouped = new Map<string, Observation[]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const list = grouped.get(row.series);
    if (list) list.push(row);
    else grouped.set(row.series, [row]);
    if (i % STEP_ROWS === STEP_ROWS - 1) yield;
  }
  for (const [series, list] of grouped) {
    const asGiven = new Map<string, Observation[]>();
    for (let i = 0; i < list.length; i++) {
      const o = list[i]!;
      const same = asGiven.get(o.unit);
      if (same) same.push(o);
      else asGiven.set(o.unit, [o]);
      if (i % STEP_ROWS === STEP_ROWS - 1) yield;
    }
    const sorted = yield* ordering(list);
    const byUnit = new Map<string, Observation[]>();
    const at = new Map<string, Map<string, Observation>>();
    for (let i = 0; i < sorted.length; i++) {
      const o = sorted[i]!;
      const same = byUnit.get(o.unit);
      if (same) same.push(o);
      else byUnit.set(o.unit, [o]);
      // A label names one period, so rows of one label are in the array's order here: the
      // first one met is the first of the array, as `find` would have it.
      let labels = at.get(o.unit);
      if (!labels) at.set(o.unit, (labels = new Map()));
      if (!labels.has(o.period.label)) labels.set(o.period.label, o);
      if (i % STEP_ROWS === STEP_ROWS - 1) yield;
    }
    index.set(series, { sorted, byUnit, asGiven, at });
  }
}

/** The index of `rows` by series, built on first use (at once) and kept while `rows` lives. */
export function seriesIndex(rows: readonly Observation[]): SeriesIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = new Map();
    const steps = building(rows, index);
    while (!steps.next().done);
    indexes.set(rows, index);
  }
  return index;
}

/**
 * Builds the index of `rows` ahead, calling `pause` (where the page gives the browser a turn)
 * whenever SLICE_MS of work are done, so that no single task does it all. Resolves when it is
 * built; a later `seriesIndex(rows)` then only looks it up. `now`: a clock in milliseconds.
 */
export async function prepareSeriesIndex(
  rows: readonly Observation[],
  pause: () => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<void> {
  if (indexes.has(rows)) return;
  const index: SeriesIndex = new Map();
  const steps = building(rows, index);
  let sliceStart = now();
  while (!steps.next().done) {
    if (now() - sliceStart < SLICE_MS) continue;
    await pause();
    sliceStart = now();
    // Built meanwhile by a synchronous use: that one stands.
    if (indexes.has(rows)) return;
  }
  indexes.set(rows, index);
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
  return (unit === undefined ? entry.sorted : entry.byUnit.get(unit)) ?? NONE;
}

/** A series' rows in one unit, in the array's order: `rows.filter(series and unit)`, by lookup. */
export function seriesRowsAsGiven(
  rows: readonly Observation[],
  series: string,
  unit: string,
): readonly Observation[] {
  return seriesIndex(rows).get(series)?.asGiven.get(unit) ?? NONE;
}

/** The first row of `rows` with this series, period label and unit: `rows.find(…)`, by lookup. */
export function rowAt(
  rows: readonly Observation[],
  series: string,
  period: string,
  unit: string,
): Observation | undefined {
  return seriesIndex(rows).get(series)?.at.get(unit)?.get(period);
}
