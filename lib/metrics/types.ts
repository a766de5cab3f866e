import type { DataBundle } from "../data/bundle";
import type { DatasetName } from "../data/datasets";
import type { Unit } from "../data/types";

/** One number a metric used, and where it came from. */
export interface MetricInput {
  label: string;
  value: number;
  unit: string;
  /** `crude_annual.csv row 10`, `factor crude_bbl_per_tonne`, or `assumption …`. */
  ref: string;
  /** A row of sources.csv, or "" for a stated assumption. */
  sourceId: string;
}

export interface Metric {
  id: string;
  label: string;
  unit: string;
  formula: string;
  inputs: MetricInput[];
  /** `null` when an input is missing or the result is undefined: never NaN or Infinity. */
  value: number | null;
  low: number | null;
  high: number | null;
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

interface FactorValue {
  value: number;
  low: number;
  high: number;
  input: MetricInput;
}

export interface MetricContext {
  bundle: DataBundle;
  /** The year the article calls "last year" (from article.csv); the metrics are about it. */
  year: number;
  scenario: Scenario;
  observation(dataset: DatasetName, series: string, period: string, unit: Unit): MetricInput | null;
  factor(id: string): FactorValue | null;
}

export interface MetricDefinition {
  id: string;
  unit: string;
  label(year: number): string;
  formula: string;
  note?: string;
  compute(ctx: MetricContext): Pick<Metric, "inputs" | "value" | "low" | "high"> | null;
}
