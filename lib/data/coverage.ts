// What each dataset covers and how recent its figures are: what /data and the downloads show as
// the data's vintage. Pure: computed from the validated rows and the declarations.
import { DATASETS, type DatasetName } from "./datasets";
import type { Observation, Period } from "./types";

export interface Coverage {
  /** Label of the period that starts first, e.g. `2014`; of two starting together, the shorter. */
  first: string;
  /** Label of the period that ends last, e.g. `2025-01/10`; of two ending together, the shorter. */
  last: string;
  /** First and last month covered, `YYYY-MM`. */
  start: string;
  end: string;
}

/**
 * The first and last period of `rows`, or `null` for no rows. Periods compare by their first
 * month (for `first`) and last month (for `last`); ties go to the shorter period, so a month is
 * the latest period rather than the year-to-date span that ends with it.
 */
export function coverageOf(rows: readonly { period: Period }[]): Coverage | null {
  if (rows.length === 0) return null;
  let first = rows[0]!.period;
  let last = first;
  for (const { period } of rows) {
    if (
      period.start < first.start ||
      (period.start === first.start && period.months < first.months)
    ) {
      first = period;
    }
    if (period.end > last.end || (period.end === last.end && period.months < last.months)) {
      last = period;
    }
  }
  return { first: first.label, last: last.label, start: first.start, end: last.end };
}

export interface DatasetVintage {
  dataset: DatasetName;
  coverage: Coverage | null;
  /** YYYY-MM-DD: when the figures were last re-checked against the sources (datasets.ts). */
  lastChecked: string;
}

/** Coverage and last-checked date of every declared dataset, in declaration order. */
export function datasetVintages(
  datasets: Readonly<Record<DatasetName, readonly Observation[]>>,
): DatasetVintage[] {
  return DATASETS.map((spec) => ({
    dataset: spec.name,
    coverage: coverageOf(datasets[spec.name] ?? []),
    lastChecked: spec.lastChecked,
  }));
}

/**
 * A download's file name that carries its vintage: `crude_annual_through-2025-10_checked-2026-11-30.csv`
 * for base `crude_annual`, coverage ending `2025-10` and figures checked on 2026-11-30. Without
 * coverage (no rows) only the checked date is added. The reader's upload strips both suffixes again
 * (lib/upload/detect.ts `nameFromFile`), so a downloaded file goes back in under its dataset.
 */
export function vintageFileName(
  base: string,
  coverageEnd: string | null,
  lastChecked: string,
  extension = "csv",
): string {
  const through = coverageEnd ? `_through-${coverageEnd}` : "";
  return `${base}${through}_checked-${lastChecked}.${extension}`;
}
