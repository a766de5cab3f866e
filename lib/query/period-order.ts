// Rows in period order without a comparator (part of the series index's fast path,
// lib/query/series-index.ts). Sorting a series of 40,000 rows with a comparator was 68 % of
// computeMetrics on a reader's million rows (BENCHMARKS.md, "Session 5"); counting by first month
// is linear. tests/query/period-order.test.ts holds it equal to the stable sort it replaces.
import type { Observation } from "../data/types";
import { drain } from "./slices";

/** Rows of work between two points where a slice of prepared work may give the browser a turn. */
export const STEP_ROWS = 1024;

const byPeriod = (a: Observation, b: Observation) =>
  a.period.firstMonth - b.period.firstMonth || a.period.months - b.period.months;

/**
 * Rows in period order: by first month, then the shorter period first, equal ones in the
 * array's order (what a stable `sort` by those gives). Linear: counted by first month, then an
 * insertion sort within each month (a month, its spans and its year: a handful of rows).
 */
export const periodOrder = (rows: readonly Observation[]): Observation[] => drain(ordering(rows));

/** periodOrder, pausing (`yield`) every STEP_ROWS rows of work. */
export function* ordering(rows: readonly Observation[]): Generator<void, Observation[]> {
  let min = Infinity;
  let max = -Infinity;
  for (const o of rows) {
    min = Math.min(min, o.period.firstMonth);
    max = Math.max(max, o.period.firstMonth);
  }
  // First months span 1,332 values at most (1990–2100); anything else takes the plain sort.
  if (rows.length < 2 || !Number.isInteger(min) || max - min > 4 * rows.length + 4096)
    return rows.slice().sort(byPeriod);
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
