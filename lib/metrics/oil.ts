// Oil: the article's 2.14 mb/d in other units, its growth and its share of China's imports.
import type { MetricDefinition } from "./types";
import { safeRatio } from "./context";

export const DAYS_PER_YEAR = 365;

/** Million barrels in a year at a daily rate; assumes a 365-day year, as the sources do. */
export const millionBarrelsPerYearFromMbd = (mbd: number) => mbd * DAYS_PER_YEAR;

/** Million tonnes from million barrels at a barrels-per-tonne factor. */
export const millionTonnesFromMillionBarrels = (mbbl: number, bblPerTonne: number) =>
  safeRatio(mbbl, bblPerTonne);

export const oilMetrics: MetricDefinition[] = [
  {
    id: "crude_barrels_per_year",
    unit: "million bbl",
    label: (y) => `Russian crude to China in ${y}, barrels per year`,
    formula: "mb/d × 365",
    compute(ctx) {
      const mbd = ctx.observation("crude_annual", "russia", String(ctx.year), "mb/d");
      if (!mbd) return null;
      const v = millionBarrelsPerYearFromMbd(mbd.value);
      return { inputs: [mbd], value: v, low: v, high: v };
    },
  },
  {
    id: "crude_tonnes_from_mbd",
    unit: "Mt",
    label: (y) => `Russian crude to China in ${y}, tonnes implied by the mb/d figure`,
    formula: "mb/d × 365 ÷ barrels per tonne (range from the factor's range)",
    compute(ctx) {
      const mbd = ctx.observation("crude_annual", "russia", String(ctx.year), "mb/d");
      const f = ctx.factor("crude_bbl_per_tonne");
      if (!mbd || !f) return null;
      const mbbl = millionBarrelsPerYearFromMbd(mbd.value);
      return {
        inputs: [mbd, f.input],
        value: millionTonnesFromMillionBarrels(mbbl, f.value),
        // More barrels per tonne means fewer tonnes: the high factor gives the low end.
        low: millionTonnesFromMillionBarrels(mbbl, f.high),
        high: millionTonnesFromMillionBarrels(mbbl, f.low),
      };
    },
  },
  {
    id: "crude_mbd_from_tonnes",
    unit: "mb/d",
    label: (y) => `Russian crude to China in ${y}, customs tonnes as a daily rate`,
    formula: "Mt × barrels per tonne ÷ 365 (range from the factor's range)",
    compute(ctx) {
      const mt = ctx.observation("crude_annual", "russia", String(ctx.year), "Mt");
      const f = ctx.factor("crude_bbl_per_tonne");
      if (!mt || !f) return null;
      const at = (bblPerTonne: number) => (mt.value * bblPerTonne) / DAYS_PER_YEAR;
      return { inputs: [mt, f.input], value: at(f.value), low: at(f.low), high: at(f.high) };
    },
  },
  {
    id: "crude_growth_pct",
    unit: "%",
    label: (y) => `Growth of Russian crude to China, ${y - 1}→${y}`,
    formula: "(Mt this year ÷ Mt last year − 1) × 100",
    compute(ctx) {
      const now = ctx.observation("crude_annual", "russia", String(ctx.year), "Mt");
      const before = ctx.observation("crude_annual", "russia", String(ctx.year - 1), "Mt");
      if (!now || !before) return null;
      const r = safeRatio(now.value, before.value);
      const v = r === null ? null : (r - 1) * 100;
      return { inputs: [now, before], value: v, low: v, high: v };
    },
  },
  {
    id: "russia_share_of_china_crude_pct",
    unit: "%",
    label: (y) => `Russia's share of China's crude imports in ${y}`,
    formula: "Mt from Russia ÷ China's total Mt × 100",
    compute(ctx) {
      const russia = ctx.observation("crude_annual", "russia", String(ctx.year), "Mt");
      const total = ctx.observation("crude_annual", "china_total", String(ctx.year), "Mt");
      if (!russia || !total) return null;
      const r = safeRatio(russia.value, total.value);
      const v = r === null ? null : r * 100;
      return { inputs: [russia, total], value: v, low: v, high: v };
    },
  },
];
