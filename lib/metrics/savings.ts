// What the savings estimate implies, with every input for the estimate's own months. Reuters'
// method is not public in full: these are implications, bounded by two readings of the barrels
// it applies to (all Russian crude, or seaborne only).
import { roundingBounds } from "../data/rounding";
import { sharePct, usdBnFromUsdPerBbl, usdPerBblFromUsdBn } from "../conversions";
import type { Found } from "../query/types";
import { assumption } from "./context";
import type { MetricContext, MetricDefinition, MetricResult } from "./types";
import { volumeOver, type SavingsVolume } from "./savings-volume";

/** The estimate for the claim year: the savings row whose period starts in that year. */
function savingsEstimate(ctx: MetricContext): Found | null {
  const row = ctx
    .rows("savings", "russian_crude_savings", "USD bn")
    .find((o) => Math.floor(o.period.firstMonth / 12) === ctx.year);
  return row ? ctx.at("savings", "russian_crude_savings", row.period.label, "USD bn") : null;
}

function impliedDiscount(ctx: MetricContext, which: SavingsVolume): MetricResult | null {
  const s = savingsEstimate(ctx);
  if (!s) return null;
  const p = s.observation.period;
  const v = volumeOver(ctx, p, which);
  if (!v) return null;
  const at = (mbd: number) => usdPerBblFromUsdBn(s.input.value, mbd, p.days);
  // More barrels spread the same savings thinner: the high volume gives the low discount.
  return {
    inputs: [s.input, ...v.inputs],
    value: at(v.mbd),
    low: at(v.high),
    high: at(v.low),
    rangeFrom: v.rangeFrom,
    flags: v.flags,
  };
}

export const savingsMetrics: MetricDefinition[] = [
  {
    id: "savings_implied_discount_total_usd_per_bbl",
    unit: "USD/bbl",
    label: (y) => `Discount implied by the ${y} savings estimate, on all Russian crude`,
    formula: "USD bn × 1000 ÷ ((seaborne + pipeline mb/d) × days), all over the estimate's months",
    note: "A lower bound: Reuters' volumes are vessel-tracked, so the savings most likely apply to seaborne barrels (audit M1). Reuters compared ESPO with Tupi and Urals with Oman on delivered prices, not with Brent.",
    compute: (ctx) => impliedDiscount(ctx, "total"),
  },
  {
    id: "savings_implied_discount_seaborne_usd_per_bbl",
    unit: "USD/bbl",
    label: (y) => `Discount implied by the ${y} savings estimate, on seaborne crude only`,
    formula: "USD bn × 1000 ÷ (seaborne mb/d × days), all over the estimate's months",
    note: "Assumes pipeline crude (ESPO via Skovorodino) carried none of the savings.",
    compute: (ctx) => impliedDiscount(ctx, "seaborne"),
  },
  {
    id: "savings_at_scenario_discount_usd_bn",
    unit: "USD bn",
    label: (y) => `Savings over the estimate's months of ${y} at a chosen discount`,
    formula:
      "discount USD/bbl × volume mb/d × days ÷ 1000, over the estimate's months; by default the discount the estimate implies",
    note: "A scenario: pick the volume (all crude or seaborne only) and a discount, and see what it would have saved.",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      if (!s) return null;
      const p = s.observation.period;
      const v = volumeOver(ctx, p, ctx.scenario.savingsVolume ?? "total");
      if (!v) return null;
      const implied = usdPerBblFromUsdBn(s.input.value, v.mbd, p.days);
      const discount = ctx.scenario.savingsDiscountUsdPerBbl ?? implied;
      if (discount === null) return null;
      const chosen = assumption(
        ctx.scenario.savingsDiscountUsdPerBbl === undefined
          ? "Discount (the estimate's own)"
          : "Discount (your scenario)",
        discount,
        "USD/bbl",
        "savings_discount",
      );
      const value = usdBnFromUsdPerBbl(discount, v.mbd, p.days);
      return {
        inputs: [s.input, ...v.inputs, chosen],
        value,
        low: usdBnFromUsdPerBbl(discount, v.low, p.days),
        high: usdBnFromUsdPerBbl(discount, v.high, p.days),
        rangeFrom: v.rangeFrom,
        flags: v.flags,
      };
    },
  },
  {
    id: "savings_share_of_import_bill_pct",
    unit: "%",
    label: (y) => `Savings as a share of China's bill for Russian crude, ${y}`,
    formula: "savings ÷ import bill × 100, both over the estimate's months",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      if (!s) return null;
      const p = s.observation.period;
      const year = String(ctx.year);
      const bill = ctx.atOr(
        "savings",
        "import_bill_russian_crude",
        p.label,
        "USD bn",
        year,
        `annual ${year} bill used for ${p.label}: ${p.months} months of savings over 12 months of imports`,
      );
      if (!bill) return null;
      const [sl, sh] = roundingBounds(s.input.value, s.input.valueText);
      const [bl, bh] = roundingBounds(bill.input.value, bill.input.valueText);
      const pct = sharePct;
      return {
        inputs: [s.input, bill.input],
        value: pct(s.input.value, bill.input.value),
        low: pct(sl, bh),
        high: pct(sh, bl),
        rangeFrom: `rounding of the stated ${s.input.valueText} and ${bill.input.valueText} USD bn`,
        flags: bill.fallback ? [bill.fallback] : [],
      };
    },
  },
];
