// Checks of the article's gas claims against pipeline + LNG rebuilt from the sources.
import { roundingHalfWidth } from "../data/rounding";
import { NEARLY_FORTY_LOW_PCT } from "../metrics/nearly-forty";
import { NEAR_MISS_RELATIVE_PCT } from "./assumptions";
import { checkOf, num, type CheckFn } from "./context";

export const gasPartsVsArticle: CheckFn = ({ ctx, metrics }) => {
  const claim = ctx.claim("gas_imports_from_russia");
  if (!claim) return null;
  const c = claim.input;
  const verdict = checkOf(
    "gas_parts_vs_article",
    "Pipeline + LNG vs the article's gas total",
    "gas_imports_from_russia",
    `Pass when the claimed total lies within the parts' range (the LNG factor's sourced range, widened by the claim's written precision); warn within ${NEAR_MISS_RELATIVE_PCT}% of the parts' central value (the project's assumption); fail beyond. The factor range does not use the article's own implied factor.`,
  );
  const parts = metrics.get("gas_total_from_parts_bcm");
  if (!parts || parts.value === null || parts.low === null || parts.high === null)
    return verdict(
      "insufficient",
      `No pipeline and LNG figures for ${c.period} to rebuild ${c.valueText} bcm from.`,
    );
  const h = roundingHalfWidth(c.valueText);
  const inRange = c.value >= parts.low - h && c.value <= parts.high + h;
  const offPct = (Math.abs(c.value - parts.value) / parts.value) * 100;
  const status = inRange ? "pass" : offPct <= NEAR_MISS_RELATIVE_PCT ? "warn" : "fail";
  const where = inRange
    ? "inside that range"
    : `outside that range, ${num(offPct, 1)}% from its central value`;
  return verdict(
    status,
    `Power of Siberia plus LNG gives ${num(parts.value)} bcm (${num(parts.low)}–${num(parts.high)} with the LNG factor's range); the article says ${c.valueText} bcm, ${where}. No source states ${c.valueText} itself.`,
  );
};

export const gasGrowthVsNearlyForty: CheckFn = ({ ctx, metrics }) => {
  const claim = ctx.claim("gas_imports_growth");
  if (!claim) return null;
  const c = claim.input;
  const lowPct = ctx.scenario.nearlyFortyLowPct ?? NEARLY_FORTY_LOW_PCT;
  const verdict = checkOf(
    "gas_growth_vs_nearly_40",
    `Growth from the parts vs “nearly ${c.valueText}%”`,
    "gas_imports_growth",
    `Pass when the growth range lies between the project's reading of “nearly” (${num(lowPct, 1)}%, an assumption) and the stated ${c.valueText}%; warn when it crosses either end; fail when it lies wholly below the reading.`,
  );
  const growth = metrics.get("gas_growth_from_parts_pct");
  if (!growth || growth.value === null || growth.low === null || growth.high === null)
    return verdict(
      "insufficient",
      "No pipeline and LNG figures for both years to compute the growth from.",
    );
  const range = `${num(growth.low, 1)}–${num(growth.high, 1)}%`;
  const head = `Growth from the parts is ${num(growth.value, 1)}% (${range}),`;
  if (growth.high > c.value)
    return verdict("warn", `${head} above ${c.valueText}%: “nearly” understates it.`);
  if (growth.low < lowPct)
    return verdict(
      growth.high < lowPct ? "fail" : "warn",
      `${head} below ${num(lowPct, 1)}%, the lowest growth “nearly ${c.valueText}%” is read to allow.`,
    );
  return verdict(
    "pass",
    `${head} below ${c.valueText}% and at least ${num(lowPct, 1)}%: “nearly ${c.valueText}%” holds.`,
  );
};
