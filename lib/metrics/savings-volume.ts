// The barrels a savings estimate was earned on, over the estimate's own months. Reuters' $4.34 bn
// covers January–September 2023, and the same report states its volumes for those months (1.3
// mb/d seaborne, about 0.8 mb/d by pipeline). Annual rates stand in only as flagged fallbacks.
import { mbdFromMt, rateDays } from "../conversions";
import { roundingBounds } from "../data/rounding";
import type { Period } from "../data/types";
import type { Input } from "../query/types";
import type { MetricContext } from "./types";

export type SavingsVolume = "total" | "seaborne";

/** A daily rate with its range and where the range and any fallback come from. */
export interface Volume {
  mbd: number;
  low: number;
  high: number;
  inputs: Input[];
  rangeFrom: string;
  flags: string[];
}

const bounds = (i: Input) => roundingBounds(i.value, i.valueText);

function seaborne(ctx: MetricContext, p: Period): Volume | null {
  const same = ctx.at("crude_annual", "russia_seaborne", p.label, "mb/d");
  if (same) {
    const [low, high] = bounds(same.input);
    const rangeFrom = `rounding of the stated ${same.input.valueText} mb/d`;
    return { mbd: same.input.value, low, high, inputs: [same.input], rangeFrom, flags: [] };
  }
  const year = String(ctx.year);
  const annual = ctx.at("crude_annual", "russia_seaborne", year, "Mt");
  const f = ctx.factor("crude_bbl_per_tonne");
  if (!annual || !f) return null;
  const at = (b: number) => mbdFromMt(annual.input.value, b, rateDays(annual.observation.period));
  const [mbd, low, high] = [at(f.value), at(f.low), at(f.high)];
  if (mbd === null || low === null || high === null) return null;
  return {
    mbd,
    low,
    high,
    inputs: [annual.input, f.input],
    rangeFrom: `the barrels-per-tonne factor's range (${f.low}–${f.high})`,
    flags: [`annual ${year} seaborne volume used for ${p.label}`],
  };
}

function allCrude(ctx: MetricContext, p: Period): Volume | null {
  const sea = ctx.at("crude_annual", "russia_seaborne", p.label, "mb/d");
  const pipe = ctx.at("crude_annual", "russia_pipeline", p.label, "mb/d");
  if (sea && pipe) {
    const [sl, sh] = bounds(sea.input);
    const [pl, ph] = bounds(pipe.input);
    return {
      mbd: sea.input.value + pipe.input.value,
      low: sl + pl,
      high: sh + ph,
      inputs: [sea.input, pipe.input],
      rangeFrom: `rounding of the stated ${sea.input.valueText} and ${pipe.input.valueText} mb/d`,
      flags: [],
    };
  }
  const year = String(ctx.year);
  const annual = ctx.at("crude_annual", "russia", year, "mb/d");
  if (!annual) return null;
  const [low, high] = bounds(annual.input);
  return {
    mbd: annual.input.value,
    low,
    high,
    inputs: [annual.input],
    rangeFrom: `rounding of the stated ${annual.input.valueText} mb/d`,
    flags: [`annual ${year} volume used for ${p.label}`],
  };
}

/** The rate of the chosen barrels over period `p`, or `null` when no volume is known. */
export const volumeOver = (ctx: MetricContext, p: Period, which: SavingsVolume): Volume | null =>
  which === "seaborne" ? seaborne(ctx, p) : allCrude(ctx, p);
