// What the $4.34 bn estimate implies. Reuters' method is not public in full: these are
// implications, bounded by two readings of the volume it applies to.
import type { MetricContext, MetricDefinition, MetricInput } from "./types";
import { daysInPeriod, parsePeriod } from "../data/period";
import { DAYS_PER_YEAR } from "./oil";
import { assumption, safeRatio } from "./context";

interface SavingsEstimate {
  input: MetricInput;
  days: number;
  periodLabel: string;
}

function savingsEstimate(ctx: MetricContext): SavingsEstimate | null {
  const row = ctx.bundle.datasets.savings.find(
    (o) => o.series === "russian_crude_savings" && o.period.start.startsWith(String(ctx.year)),
  );
  if (!row) return null;
  const input = ctx.observation("savings", "russian_crude_savings", row.period.label, "USD bn");
  const period = parsePeriod(row.period.label);
  return input && period
    ? { input, days: daysInPeriod(period), periodLabel: row.period.label }
    : null;
}

/** USD per barrel from USD bn saved over `days` at a rate of mb/d. */
export const usdPerBarrel = (usdBn: number, mbd: number, days: number) =>
  safeRatio(usdBn * 1000, mbd * days);

export const savingsMetrics: MetricDefinition[] = [
  {
    id: "savings_implied_discount_total_usd_per_bbl",
    unit: "USD/bbl",
    label: (y) => `Discount implied by the ${y} savings estimate, on all Russian crude`,
    formula: "USD bn × 1000 ÷ (annual mb/d × days in the estimate's period)",
    note: "An implication, not a reported price: assumes the savings are spread over every barrel at the year's average rate.",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      const mbd = ctx.observation("crude_annual", "russia", String(ctx.year), "mb/d");
      if (!s || !mbd) return null;
      const v = usdPerBarrel(s.input.value, mbd.value, s.days);
      return { inputs: [s.input, mbd], value: v, low: v, high: v };
    },
  },
  {
    id: "savings_implied_discount_seaborne_usd_per_bbl",
    unit: "USD/bbl",
    label: (y) => `Discount implied by the ${y} savings estimate, on seaborne crude only`,
    formula: "USD bn × 1000 ÷ (seaborne Mt × bbl per tonne ÷ 365 × days in the estimate's period)",
    note: "An implication: assumes pipeline crude (ESPO via Skovorodino) carried none of the savings.",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      const seaborne = ctx.observation("crude_annual", "russia_seaborne", String(ctx.year), "Mt");
      const f = ctx.factor("crude_bbl_per_tonne");
      if (!s || !seaborne || !f) return null;
      const at = (bblPerTonne: number) =>
        usdPerBarrel(s.input.value, (seaborne.value * bblPerTonne) / DAYS_PER_YEAR, s.days);
      return {
        inputs: [s.input, seaborne, f.input],
        value: at(f.value),
        low: at(f.high),
        high: at(f.low),
      };
    },
  },
  {
    id: "savings_at_scenario_discount_usd_bn",
    unit: "USD bn",
    label: (y) => `Savings over the estimate's months of ${y} at a chosen discount`,
    formula:
      "discount USD/bbl × volume mb/d × days in the estimate's period ÷ 1000; by default the discount the estimate implies",
    note: "A scenario: pick the volume (all crude or seaborne only) and a discount, and see what it would have saved.",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      const volume = ctx.scenario.savingsVolume ?? "total";
      const f = ctx.factor("crude_bbl_per_tonne");
      const rate =
        volume === "total"
          ? ctx.observation("crude_annual", "russia", String(ctx.year), "mb/d")
          : ctx.observation("crude_annual", "russia_seaborne", String(ctx.year), "Mt");
      if (!s || !rate || (volume === "seaborne" && !f)) return null;
      const mbd = volume === "total" ? rate.value : (rate.value * f!.value) / DAYS_PER_YEAR;
      const implied = usdPerBarrel(s.input.value, mbd, s.days);
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
      const v = (discount * mbd * s.days) / 1000;
      return {
        inputs: [s.input, rate, ...(volume === "seaborne" ? [f!.input] : []), chosen],
        value: v,
        low: v,
        high: v,
      };
    },
  },
  {
    id: "savings_share_of_import_bill_pct",
    unit: "%",
    label: (y) => `Savings as a share of China's ${y} bill for Russian crude`,
    formula:
      "savings ÷ annual import bill × 100; high end: bill pro-rated to the estimate's months",
    note: "The savings cover fewer months than the bill: the low end compares them as published, the high end pro-rates the bill.",
    compute(ctx) {
      const s = savingsEstimate(ctx);
      const bill = ctx.observation(
        "savings",
        "import_bill_russian_crude",
        String(ctx.year),
        "USD bn",
      );
      if (!s || !bill) return null;
      const asPublished = safeRatio(s.input.value * 100, bill.value);
      const proRated = safeRatio(s.input.value * 100, (bill.value * s.days) / DAYS_PER_YEAR);
      return { inputs: [s.input, bill], value: asPublished, low: asPublished, high: proRated };
    },
  },
];
