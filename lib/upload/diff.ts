// What an upload changes, row by row, keyed as the validator finds duplicates: observations by
// (period, series, unit), sources and factors by id, events by (date, label).
import type { Observation } from "../data/types";
import { observationKey } from "./keys";

interface ChangedRow<T> {
  key: string;
  before: T;
  after: T;
}

export interface RowDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedRow<T>[];
  unchanged: number;
}

/** Rows of `after` whose key `before` lacks are added, the reverse removed; `before` is the small one. */
export function diffRows<T>(
  before: readonly T[],
  after: readonly T[],
  key: (row: T) => string,
  same: (a: T, b: T) => boolean,
): RowDiff<T> {
  const earlier = new Map(before.map((row) => [key(row), row]));
  const diff: RowDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const row of after) {
    const k = key(row);
    const old = earlier.get(k);
    if (old === undefined) diff.added.push(row);
    else {
      seen.add(k);
      if (same(old, row)) diff.unchanged += 1;
      else diff.changed.push({ key: k, before: old, after: row });
    }
  }
  for (const [k, row] of earlier) if (!seen.has(k)) diff.removed.push(row);
  return diff;
}

/** Observations are compared as written: value text, basis, source and note. */
const sameObservation = (a: Observation, b: Observation) =>
  a.valueText === b.valueText &&
  a.basis === b.basis &&
  a.sourceId === b.sourceId &&
  a.note === b.note;

export const diffDatasets = (before: readonly Observation[], after: readonly Observation[]) =>
  diffRows(before, after, observationKey, sameObservation);

/** Every own field equal: sources, factors and events are flat records of strings and numbers. */
export const sameFields = <T extends object>(a: T, b: T) =>
  (Object.keys(a) as (keyof T)[]).every((k) => a[k] === b[k]) &&
  Object.keys(a).length === Object.keys(b).length;
