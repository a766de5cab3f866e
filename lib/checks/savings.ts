// The article's savings figure against the estimate it comes from, and a share against its report.
import { roundingHalfWidth } from "../data/rounding";
import { NEAR_MISS_RELATIVE_PCT } from "./assumptions";
import { checkOf, num, type CheckFn } from "./context";

export const savingsPeriod: CheckFn = ({ ctx }) => {
  const claim = ctx.claim("savings_discounted_russian_oil");
  if (!claim) return null;
  const c = claim.observation;
  const verdict = checkOf(
    "savings_period",
    "Savings: the article's period vs the estimate's",
    "savings_discounted_russian_oil",
    "Pass when an estimate of the same amount covers the same period; warn when it covers only part of it; fail when it lies outside it; insufficient when no estimate states the amount.",
  );
  const estimate = ctx
    .rows("savings", "russian_crude_savings", c.unit)
    .find((o) => o.value === c.value);
  if (!estimate)
    return verdict(
      "insufficient",
      `No estimate of ${c.valueText} USD bn in savings.csv to trace the article's figure to.`,
    );
  const e = estimate.period;
  if (e.label === c.period.label)
    return verdict("pass", `The article and the estimate both cover ${c.period.label}.`);
  if (e.firstMonth >= c.period.firstMonth && e.lastMonth <= c.period.lastMonth)
    return verdict(
      "warn",
      `The article says “last year” (${c.period.label}, ${c.period.months} months); the estimate of ${estimate.valueText} USD bn it matches covers ${e.label} (${e.months} months). Full-year savings were not published in what was read.`,
    );
  return verdict(
    "fail",
    `The article dates the figure to ${c.period.label}; the only estimate of ${estimate.valueText} USD bn covers ${e.label}, outside it.`,
  );
};

export const shareVsReported: CheckFn = ({ ctx, metrics }) => {
  const verdict = checkOf(
    "russia_share_vs_reported",
    "Russia's share of China's crude: computed vs reported",
    "",
    `Pass when the share computed from customs tonnes rounds to the reported share as written (its precision, at least half a point for “approximately”); warn when it is further off but within ${NEAR_MISS_RELATIVE_PCT}% of it (the project's assumption); fail beyond.`,
  );
  const year = String(ctx.year);
  const reported = ctx
    .rows("crude_annual", "russia_share", "%")
    .find((o) => o.period.label === year && o.basis === "reported");
  const share = metrics.get("russia_share_of_china_crude_pct");
  if (!reported || !share || share.value === null)
    return verdict("insufficient", `No reported and computed ${year} share to compare.`);
  const tol = Math.max(roundingHalfWidth(reported.valueText), 0.5);
  const off = Math.abs(share.value - reported.value);
  const offPct = (off / reported.value) * 100;
  const status = off <= tol ? "pass" : offPct <= NEAR_MISS_RELATIVE_PCT ? "warn" : "fail";
  const words = { pass: "consistent", warn: "they differ", fail: "they disagree" } as const;
  return verdict(
    status,
    `Computed ${num(share.value, 1)}% against the reported “approximately ${reported.valueText} percent”: ${words[status]}.`,
  );
};
