import type { DataBundle } from "../data/bundle";
import type { Period } from "../data/types";
import type { SeriesId } from "../query/ids";
import type { Query } from "../query/query";
import type { Found, Input } from "../query/types";
import type { MetricId } from "./ids";

export type { Input as MetricInput };

export interface Metric {
  id: MetricId;
  label: string;
  unit: string;
  /** How it is computed, in words; a fallback to another period is appended to it. */
  formula: string;
  inputs: Input[];
  /** `null` when an input is missing or the result is undefined: never NaN or Infinity. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** Where the low–high range comes from ("" when low = high). */
  rangeFrom: string;
  /** Visible caveats of this computation, e.g. "annual 2023 volume used for 2023-01/09". */
  flags: string[];
  note: string;
}

/** Reader-controlled assumptions: the scenario. Absent values take the published defaults. */
export interface Scenario {
  crudeBblPerTonne?: number;
  lngBcmPerMt?: number;
  /** Lowest growth rate, in %, that "nearly 40%" is read to allow. */
  nearlyFortyLowPct?: number;
  /** Which barrels the savings estimate is spread over. */
  savingsVolume?: "total" | "seaborne";
  /** A discount to test against the $4.34 bn: what it would have saved. */
  savingsDiscountUsdPerBbl?: number;
}

export interface MetricContext extends Query {
  bundle: DataBundle;
  /** The year the article calls "last year" (from article.csv); the metrics are about it. */
  year: number;
  scenario: Scenario;
  /** The article's claim for a series, or `null` when article.csv has none. */
  claim(series: SeriesId<"article">): Found | null;
  /** The period of the article's claims (`year` as a Period). */
  claimPeriod: Period;
}

export interface MetricResult {
  inputs: Input[];
  value: number | null;
  low: number | null;
  high: number | null;
  rangeFrom?: string;
  flags?: string[];
}

export interface MetricDefinition {
  id: MetricId;
  unit: string;
  label(year: number): string;
  /** Words and symbols only: the numbers are the inputs', listed beside it (never typed here). */
  formula: string;
  note?: string;
  compute(ctx: MetricContext): MetricResult | null;
}
