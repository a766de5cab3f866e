// Thresholds and readings no source states: the project's own assumptions, each listed on the
// methodology page as such. None is taken from a claim a check tests.
import { NEARLY_FORTY_LOW_PCT } from "../metrics/nearly-forty";
import { RATE_DAYS_PER_YEAR } from "../conversions";

export interface Assumption {
  id: string;
  value: number;
  unit: string;
  what: string;
  why: string;
}

/** A sum of parts within this share of a claimed total is "close" (warn), beyond it "off" (fail). */
export const NEAR_MISS_RELATIVE_PCT = 5;

export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: "nearly_forty_low_pct",
    value: NEARLY_FORTY_LOW_PCT,
    unit: "%",
    what: "The lowest growth “nearly 40%” is read to allow",
    why: "“Nearly” states no bound; 37.5% reads it as within 2.5 points below. It sets the implied base's range and the growth check's warn threshold; the scenario slider changes it.",
  },
  {
    id: "near_miss_relative_pct",
    value: NEAR_MISS_RELATIVE_PCT,
    unit: "%",
    what: "How far outside the evidence's range a claimed total may be and still only warn",
    why: "Chosen by the project, not by any source or claim: within it a difference is of the order of conversion conventions; beyond it the claim and the evidence disagree.",
  },
  {
    id: "rate_days_per_year",
    value: RATE_DAYS_PER_YEAR,
    unit: "days",
    what: "Days a whole year's tonnage is averaged over for mb/d",
    why: "The sources' own convention: their published annual daily rates are the year's tonnage over 365 days, leap years included; 366 would not reproduce them.",
  },
  {
    id: "peak_midpoint",
    value: 0.5,
    unit: "share",
    what: "The central value of a peak stated as a range (a low and a high figure) is its midpoint",
    why: "The source gives only the range; the metric's range keeps both ends.",
  },
];
