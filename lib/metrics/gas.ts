// Gas: the article's bcm total and "nearly 40%", rebuilt from pipeline and LNG volumes of the
// claim's own year and the year before.
import { bcmFromLngMt, changePct, safeRatio, sharePct } from "../conversions";
import type { Found } from "../query/types";
import { assumption } from "./context";
import { NEARLY_FORTY_LOW_PCT } from "./nearly-forty";
import type { MetricContext, MetricDefinition } from "./types";

/** Pipeline bcm plus LNG tonnes converted at bcm per Mt. */
export const gasBcmFromParts = (pipelineBcm: number, lngMt: number, bcmPerMt: number) =>
  pipelineBcm + bcmFromLngMt(lngMt, bcmPerMt);

interface GasParts {
  pipeline: Found;
  lng: Found;
}

function partsFor(ctx: MetricContext, year: number): GasParts | null {
  const pipeline = ctx.at("gas_china", "power_of_siberia", String(year), "bcm");
  const lng = ctx.at("gas_china", "lng", String(year), "Mt");
  return pipeline && lng ? { pipeline, lng } : null;
}

const total = (p: GasParts, bcmPerMt: number) =>
  gasBcmFromParts(p.pipeline.input.value, p.lng.input.value, bcmPerMt);

const growthPct = (now: GasParts, before: GasParts, bcmPerMt: number) =>
  changePct(total(now, bcmPerMt), total(before, bcmPerMt));

const minOf = (xs: (number | null)[]) =>
  xs.some((x) => x === null) ? null : Math.min(...(xs as number[]));
const maxOf = (xs: (number | null)[]) =>
  xs.some((x) => x === null) ? null : Math.max(...(xs as number[]));

/** Power of Siberia deliveries against its design capacity, for the claim year plus `offset`. */
function posShareOfDesignCapacity(offset: 0 | 1): MetricDefinition {
  return {
    id:
      offset === 0
        ? "pos_share_of_design_capacity_pct"
        : "pos_share_of_design_capacity_next_year_pct",
    unit: "%",
    label: (y) => `Power of Siberia deliveries in ${y + offset} as a share of its design capacity`,
    formula: "deliveries bcm ÷ design capacity bcm/yr × 100",
    note: "A share of the design capacity, not utilisation: the pipeline ramped up under a contract schedule, and the design capacity applies only from the date it was reached (audit M4).",
    compute(ctx) {
      const year = String(ctx.year + offset);
      const flow = ctx.at("gas_china", "power_of_siberia", year, "bcm");
      const caps = ctx.rows("gas_china", "power_of_siberia_capacity", "bcm");
      if (!flow || caps.length === 0) return null;
      const first = caps[0]!;
      const cap =
        ctx.at("gas_china", "power_of_siberia_capacity", year, "bcm") ??
        ctx.atOr(
          "gas_china",
          "power_of_siberia_capacity",
          year,
          "bcm",
          first.period.label,
          `design capacity of ${first.period.label} used for ${year}, before it applied`,
        );
      if (!cap) return null;
      const v = sharePct(flow.input.value, cap.input.value);
      return {
        inputs: [flow.input, cap.input],
        value: v,
        low: v,
        high: v,
        flags: cap.fallback ? [cap.fallback] : [],
      };
    },
  };
}

export const gasMetrics: MetricDefinition[] = [
  {
    id: "gas_base_implied_bcm",
    unit: "bcm",
    label: (y) => `${y - 1} gas imports from Russia implied by the article`,
    formula:
      "the article's total ÷ (1 + growth), growth from the reading of “nearly” to the stated figure",
    note: "“Nearly” is a hedge; the range shows every base it allows under the project's reading.",
    compute(ctx) {
      const claim = ctx.claim("gas_imports_from_russia");
      const growth = ctx.claim("gas_imports_growth");
      if (!claim || !growth) return null;
      const lowPct = ctx.scenario.nearlyFortyLowPct ?? NEARLY_FORTY_LOW_PCT;
      const reading = assumption("“Nearly” read as at least", lowPct, "%", "nearly_forty_low_pct");
      const base = (pct: number) => safeRatio(claim.input.value, 1 + pct / 100);
      // Higher growth means a smaller base; a reading above the claim swaps the ends.
      const ends = [base(growth.input.value), base(lowPct)];
      return {
        inputs: [claim.input, growth.input, reading],
        value: base(growth.input.value),
        low: minOf(ends),
        high: maxOf(ends),
        rangeFrom: `the hedge “nearly ${growth.input.valueText}%”, read as ${lowPct}–${growth.input.valueText}% (the project's assumption)`,
      };
    },
  },
  {
    id: "gas_total_from_parts_bcm",
    unit: "bcm",
    label: (y) => `Russian gas to China in ${y} from its parts`,
    formula: "Power of Siberia bcm + LNG Mt × bcm per Mt",
    compute(ctx) {
      const parts = partsFor(ctx, ctx.year);
      const f = ctx.factor("lng_bcm_per_mt");
      if (!parts || !f) return null;
      return {
        inputs: [parts.pipeline.input, parts.lng.input, f.input],
        value: total(parts, f.value),
        low: total(parts, f.low),
        high: total(parts, f.high),
        rangeFrom: `the LNG factor's range (${f.low}–${f.high} bcm/Mt)`,
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
        inputs: [
          now.pipeline.input,
          now.lng.input,
          before.pipeline.input,
          before.lng.input,
          f.input,
        ],
        value: growthPct(now, before, f.value),
        low: minOf(ends),
        high: maxOf(ends),
        rangeFrom: `the LNG factor's range (${f.low}–${f.high} bcm/Mt)`,
      };
    },
  },
  {
    id: "lng_factor_implied_by_article",
    unit: "bcm/Mt",
    label: (y) => `LNG conversion factor the article's ${y} total implies`,
    formula: "(the article's total bcm − Power of Siberia bcm) ÷ LNG Mt",
    compute(ctx) {
      const claim = ctx.claim("gas_imports_from_russia");
      const parts = partsFor(ctx, ctx.year);
      if (!claim || !parts) return null;
      const v = safeRatio(claim.input.value - parts.pipeline.input.value, parts.lng.input.value);
      return {
        inputs: [claim.input, parts.pipeline.input, parts.lng.input],
        value: v,
        low: v,
        high: v,
      };
    },
  },
  posShareOfDesignCapacity(0),
  posShareOfDesignCapacity(1),
];
