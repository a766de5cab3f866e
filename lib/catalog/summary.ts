// What the catalog says about a dataset's rows: counts and spans computed from the rows
// themselves, so the page never states a number the file does not hold.
import type { Basis, Observation, Period } from "../data/types";
import { BASES } from "../data/types";

export interface DatasetSummary {
  rows: number;
  /** Earliest-starting and latest-ending period; `null` for an empty dataset. */
  first: Period | null;
  last: Period | null;
  /** Bases present, in the data model's order. */
  bases: Basis[];
  sources: number;
  notes: number;
}

export function summariseRows(rows: readonly Observation[]): DatasetSummary {
  let first: Period | null = null;
  let last: Period | null = null;
  for (const { period } of rows) {
    if (!first || period.start < first.start) first = period;
    if (!last || period.end > last.end) last = period;
  }
  const present = new Set(rows.map((o) => o.basis));
  return {
    rows: rows.length,
    first,
    last,
    bases: BASES.filter((b) => present.has(b)),
    sources: new Set(rows.map((o) => o.sourceId)).size,
    notes: rows.filter((o) => o.note.trim() !== "").length,
  };
}
