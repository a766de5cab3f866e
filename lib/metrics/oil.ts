// Oil: the article's mb/d in other units, its growth and its share of China's imports. Every
// input is of the claim's own period (the year the article calls "last year").
import {
  changePct,
  mbdFromMt,
  millionBarrelsFromMbd,
  mtFromMbd,
  rateDays,
  sharePct,
} from "../conversions";
import { roundingBounds } from "../data/rounding";
import type { MetricDefinition } from "./types";

export const oilMetrics: MetricDefinition[] = [
  {
    id: "crude_barrels_per_year",
    unit: "million bbl",
    label: (y) => `Russian crude to China in ${y}, barrels per year`,
    formula: "mb/d × days in the year (365, the sources' convention)",
    compute(ctx) {
      const mbd = ctx.at("crude_annual", "russia", ctx.claimPeriod.label, "mb/d");
      if (!mbd) return null;
      const days = rateDays(ctx.claimPeriod);
      const [lo, hi] = roundingBounds(mbd.input.value, mbd.input.valueText);
      return {
        inputs: [mbd.input],
        value: millionBarrelsFromMbd(mbd.input.value, days),
        low: millionBarrelsFromMbd(lo, days),
        high: millionBarrelsFromMbd(hi, days),
        rangeFrom: `rounding of the stated ${mbd.input.valueText} mb/d`,
      };
    },
  },
  {
    id: "crude_tonnes_from_mbd",
    unit: "Mt",
    label: (y) => `Russian crude to China in ${y}, tonnes implied by the mb/d figure`,
    formula: "mb/d × 365 ÷ barrels per tonne (the factor the mb/d was computed with)",
    note: "The mb/d figure was itself computed from customs tonnes at the central factor; converting back at other factors would invent an uncertainty the tonnage does not have (audit M6).",
    compute(ctx) {
      const mbd = ctx.at("crude_annual", "russia", ctx.claimPeriod.label, "mb/d");
      const f = ctx.factor("crude_bbl_per_tonne");
      if (!mbd || !f) return null;
      const days = rateDays(ctx.claimPeriod);
      const [lo, hi] = roundingBounds(mbd.input.value, mbd.input.valueText);
      return {
        inputs: [mbd.input, f.input],
        value: mtFromMbd(mbd.input.value, f.value, days),
        low: mtFromMbd(lo, f.value, days),
        high: mtFromMbd(hi, f.value, days),
        rangeFrom: `rounding of the stated ${mbd.input.valueText} mb/d`,
      };
    },
  },
  {
    id: "crude_mbd_from_tonnes",
    unit: "mb/d",
    label: (y) => `Russian crude to China in ${y}, customs tonnes as a daily rate`,
    formula: "Mt × barrels per tonne ÷ 365",
    compute(ctx) {
      const mt = ctx.at("crude_annual", "russia", ctx.claimPeriod.label, "Mt");
      const f = ctx.factor("crude_bbl_per_tonne");
      if (!mt || !f) return null;
      const days = rateDays(ctx.claimPeriod);
      const at = (bblPerTonne: number) => mbdFromMt(mt.input.value, bblPerTonne, days);
      return {
        inputs: [mt.input, f.input],
        value: at(f.value),
        low: at(f.low),
        high: at(f.high),
        rangeFrom: `the barrels-per-tonne factor's range (${f.low}–${f.high})`,
      };
    },
  },
  {
    id: "crude_growth_pct",
    unit: "%",
    label: (y) => `Growth of Russian crude to China, ${y - 1}→${y}`,
    formula: "(Mt this year ÷ Mt last year − 1) × 100",
    compute(ctx) {
      const now = ctx.at("crude_annual", "russia", String(ctx.year), "Mt");
      const before = ctx.at("crude_annual", "russia", String(ctx.year - 1), "Mt");
      if (!now || !before) return null;
      const v = changePct(now.input.value, before.input.value);
      return { inputs: [now.input, before.input], value: v, low: v, high: v };
    },
  },
  {
    id: "russia_share_of_china_crude_pct",
    unit: "%",
    label: (y) => `Russia's share of China's crude imports in ${y}`,
    formula: "Mt from Russia ÷ China's total Mt × 100",
    compute(ctx) {
      const russia = ctx.at("crude_annual", "russia", String(ctx.year), "Mt");
      const total = ctx.at("crude_annual", "china_total", String(ctx.year), "Mt");
      if (!russia || !total) return null;
      const v = sharePct(russia.input.value, total.input.value);
      return { inputs: [russia.input, total.input], value: v, low: v, high: v };
    },
  },
];
