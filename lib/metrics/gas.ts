// Gas: the article's 33.7 bcm and "nearly 40%", rebuilt from pipeline and LNG volumes.
import type { MetricContext, MetricDefinition, MetricInput } from "./types";
import { assumption, safeRatio } from "./context";
import { NEARLY_FORTY_LOW_PCT } from "./nearly-forty";

/** Pipeline bcm plus LNG tonnes converted at bcm per Mt. */
export const gasBcmFromParts = (pipelineBcm: number, lngMt: number, bcmPerMt: number) =>
  pipelineBcm + lngMt * bcmPerMt;

interface GasParts {
  pipeline: MetricInput;
  lng: MetricInput;
}

function partsFor(ctx: MetricContext, year: number): GasParts | null {
  const pipeline = ctx.observation("gas_china", "power_of_siberia", String(year), "bcm");
  const lng = ctx.observation("gas_china", "lng", String(year), "Mt");
  return pipeline && lng ? { pipeline, lng } : null;
}

const total = (p: GasParts, bcmPerMt: number) =>
  gasBcmFromParts(p.pipeline.value, p.lng.value, bcmPerMt);

function growthPct(now: GasParts, before: GasParts, bcmPerMt: number): number | null {
  const r = safeRatio(total(now, bcmPerMt), total(before, bcmPerMt));
  return r === null ? null : (r - 1) * 100;
}

const minOf = (xs: (number | null)[]) =>
  xs.some((x) => x === null) ? null : Math.min(...(xs as number[]));
const maxOf = (xs: (number | null)[]) =>
  xs.some((x) => x === null) ? null : Math.max(...(xs as number[]));

export const gasMetrics: MetricDefinition[] = [
  {
    id: "gas_base_implied_bcm",
    unit: "bcm",
    label: (y) => `${y - 1} gas imports from Russia implied by the article`,
    formula: "33.7 bcm ÷ (1 + growth); growth read as “nearly 40%” (37.5–40%)",
    note: "“Nearly 40%” is a hedge; the range shows every base it allows.",
    compute(ctx) {
      const claim = ctx.observation("article", "gas_imports_from_russia", String(ctx.year), "bcm");
      const growth = ctx.observation("article", "gas_imports_growth", String(ctx.year), "%");
      if (!claim || !growth) return null;
      const lowPct = ctx.scenario.nearlyFortyLowPct ?? NEARLY_FORTY_LOW_PCT;
      const reading = assumption("“Nearly” read as at least", lowPct, "%", "nearly_forty_low_pct");
      const base = (pct: number) => safeRatio(claim.value, 1 + pct / 100);
      // Higher growth means a smaller base; a reading above the claim swaps the ends.
      const ends = [base(growth.value), base(lowPct)];
      return {
        inputs: [claim, growth, reading],
        value: base(growth.value),
        low: minOf(ends),
        high: maxOf(ends),
      };
    },
  },
  {
    id: "gas_total_from_parts_bcm",
    unit: "bcm",
    label: (y) => `Russian gas to China in ${y} from its parts`,
    formula: "Power of Siberia bcm + LNG Mt × bcm per Mt (range from the LNG factor)",
    compute(ctx) {
      const parts = partsFor(ctx, ctx.year);
      const f = ctx.factor("lng_bcm_per_mt");
      if (!parts || !f) return null;
      return {
        inputs: [parts.pipeline, parts.lng, f.input],
        value: total(parts, f.value),
        low: total(parts, f.low),
        high: total(parts, f.high),
      };
    },
  },
  {
    id: "gas_growth_from_parts_pct",
    unit: "%",
    label: (y) => `Growth of Russian gas to China, ${y - 1}→${y}, from its parts`,
    formula:
      "(parts this year ÷ parts last year − 1) × 100, each year = pipeline + LNG × bcm per Mt",
    compute(ctx) {
      const now = partsFor(ctx, ctx.year);
      const before = partsFor(ctx, ctx.year - 1);
      const f = ctx.factor("lng_bcm_per_mt");
      if (!now || !before || !f) return null;
      const ends = [growthPct(now, before, f.low), growthPct(now, before, f.high)];
      return {
        inputs: [now.pipeline, now.lng, before.pipeline, before.lng, f.input],
        value: growthPct(now, before, f.value),
        low: minOf(ends),
        high: maxOf(ends),
      };
    },
  },
  {
    id: "lng_factor_implied_by_article",
    unit: "bcm/Mt",
    label: (y) => `LNG conversion factor the article's ${y} total implies`,
    formula: "(33.7 bcm − Power of Siberia bcm) ÷ LNG Mt",
    compute(ctx) {
      const claim = ctx.observation("article", "gas_imports_from_russia", String(ctx.year), "bcm");
      const parts = partsFor(ctx, ctx.year);
      if (!claim || !parts) return null;
      const v = safeRatio(claim.value - parts.pipeline.value, parts.lng.value);
      return { inputs: [claim, parts.pipeline, parts.lng], value: v, low: v, high: v };
    },
  },
  ...[0, 1].map((offset): MetricDefinition => ({
    id: offset === 0 ? "pos_utilisation_pct" : "pos_utilisation_next_year_pct",
    unit: "%",
    label: (y) => `Power of Siberia utilisation in ${y + offset}`,
    formula: "deliveries bcm ÷ 38 bcm design capacity × 100",
    compute(ctx) {
      const flow = ctx.observation(
        "gas_china",
        "power_of_siberia",
        String(ctx.year + offset),
        "bcm",
      );
      const capRow = ctx.bundle.datasets.gas_china.find(
        (o) => o.series === "power_of_siberia_capacity",
      );
      if (!flow || !capRow) return null;
      const cap = ctx.observation(
        "gas_china",
        "power_of_siberia_capacity",
        capRow.period.label,
        "bcm",
      );
      if (!cap) return null;
      const r = safeRatio(flow.value, cap.value);
      const v = r === null ? null : r * 100;
      return { inputs: [flow, cap], value: v, low: v, high: v };
    },
  })),
];
