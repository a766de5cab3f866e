// Numbers that should agree, compared. Each check says pass, warn or fail and why.
import type { DataBundle } from "../data/bundle";
import { createContext } from "../metrics/context";
import { NEARLY_FORTY_LOW_PCT } from "../metrics/nearly-forty";
import type { Metric, Scenario } from "../metrics/types";
import { DAYS_PER_YEAR } from "../metrics/oil";
import { formatNumber } from "../format";
import type { Check, CheckStatus } from "./types";

/** Half a unit in the last decimal place written: the rounding a stated figure allows. */
export function roundingTolerance(valueText: string): number {
  const decimals = valueText.includes(".") ? valueText.split(".")[1]!.length : 0;
  return 0.5 * 10 ** -decimals;
}

const f = (x: number, digits = 2) => formatNumber(x, digits);

type CheckFn = (
  bundle: DataBundle,
  metrics: Map<string, Metric>,
  scenario: Scenario,
) => Check | null;

const claimRow = (bundle: DataBundle, series: string) =>
  bundle.datasets.article.find((o) => o.series === series);

const oilTonnesVsMbd: CheckFn = (bundle, _m, scenario) => {
  const claim = claimRow(bundle, "crude_exports_russia_to_china");
  if (!claim) return null;
  const ctx = createContext(bundle, scenario);
  const mt = ctx.observation("crude_annual", "russia", claim.period.label, "Mt");
  const factor = ctx.factor("crude_bbl_per_tonne");
  const base = {
    id: "oil_tonnes_vs_mbd",
    label: "Customs tonnes converted to mb/d vs the article's figure",
    claim: claim.series,
  };
  if (!mt || !factor) {
    return {
      ...base,
      status: "warn",
      reason: `No ${claim.period.label} tonnage or barrels-per-tonne factor to check ${claim.valueText} mb/d against.`,
    };
  }
  const at = (bbl: number) => (mt.value * bbl) / DAYS_PER_YEAR;
  const computed = at(factor.value);
  const tol = roundingTolerance(claim.valueText);
  const sentence = `${mt.value} Mt × ${factor.value} / 365 = ${f(computed, 3)} mb/d against the article's ${claim.valueText}`;
  let status: CheckStatus = "fail";
  let why = `outside the range any crude factor gives (${f(at(factor.low), 3)}–${f(at(factor.high), 3)}).`;
  if (Math.abs(computed - claim.value) <= tol) {
    status = "pass";
    why = `equal to the rounding of the figure.`;
  } else if (claim.value >= at(factor.low) - tol && claim.value <= at(factor.high) + tol) {
    status = "warn";
    why = `not equal, but within the range the crude factor allows (${f(at(factor.low), 3)}–${f(at(factor.high), 3)}).`;
  }
  return { ...base, status, reason: `${sentence}: ${why}` };
};

const gasPartsVsArticle: CheckFn = (bundle, metrics) => {
  const claim = claimRow(bundle, "gas_imports_from_russia");
  const parts = metrics.get("gas_total_from_parts_bcm");
  if (!claim || !parts) return null;
  const base = {
    id: "gas_parts_vs_article",
    label: "Pipeline + LNG vs the article's gas total",
    claim: claim.series,
  };
  if (parts.value === null || parts.low === null || parts.high === null) {
    return {
      ...base,
      status: "warn",
      reason: `No pipeline and LNG figures for ${claim.period.label} to rebuild ${claim.valueText} bcm from.`,
    };
  }
  const tol = roundingTolerance(claim.valueText);
  const inRange = claim.value >= parts.low - tol && claim.value <= parts.high + tol;
  const status: CheckStatus = inRange
    ? "pass"
    : Math.abs(claim.value - parts.value) / claim.value <= 0.05
      ? "warn"
      : "fail";
  return {
    ...base,
    status,
    reason: `Power of Siberia plus LNG gives ${f(parts.value)} bcm (${f(parts.low)}–${f(parts.high)} with the LNG factor's range); the article says ${claim.valueText} bcm, ${inRange ? "inside" : "outside"} that range. No source states ${claim.valueText} itself.`,
  };
};

const gasGrowthVsNearlyForty: CheckFn = (bundle, metrics, scenario) => {
  const claim = claimRow(bundle, "gas_imports_growth");
  const growth = metrics.get("gas_growth_from_parts_pct");
  if (!claim || !growth) return null;
  const base = {
    id: "gas_growth_vs_nearly_40",
    label: "Growth from the parts vs “nearly 40%”",
    claim: claim.series,
  };
  if (growth.value === null || growth.low === null || growth.high === null) {
    return {
      ...base,
      status: "warn",
      reason: "No pipeline and LNG figures for both years to compute the growth from.",
    };
  }
  const lowPct = scenario.nearlyFortyLowPct ?? NEARLY_FORTY_LOW_PCT;
  const range = `${f(growth.low, 1)}–${f(growth.high, 1)}%`;
  let status: CheckStatus = "pass";
  let why = `below ${claim.valueText}% and at least ${f(lowPct, 1)}%: “nearly ${claim.valueText}%” holds.`;
  if (growth.high > claim.value) {
    status = "warn";
    why = `above ${claim.valueText}%: “nearly” understates it.`;
  } else if (growth.low < lowPct) {
    status = growth.high < lowPct ? "fail" : "warn";
    why = `below ${f(lowPct, 1)}%, the lowest growth “nearly ${claim.valueText}%” is read to allow.`;
  }
  return {
    ...base,
    status,
    reason: `Growth from the parts is ${f(growth.value, 1)}% (${range}), ${why}`,
  };
};

const oilRecord: CheckFn = (bundle) => {
  const claim = claimRow(bundle, "crude_exports_russia_to_china");
  if (!claim) return null;
  const year = Number(claim.period.label);
  const base = {
    id: "oil_record",
    label: "“A record”: no earlier year higher",
    claim: claim.series,
  };
  const annual = bundle.datasets.crude_annual.filter(
    (o) => o.series === "russia" && o.period.kind === "year",
  );
  const unit = annual.some((o) => o.unit === "Mt" && Number(o.period.label) === year)
    ? "Mt"
    : "mb/d";
  const rows = annual.filter((o) => o.unit === unit);
  const current = rows.find((o) => Number(o.period.label) === year);
  if (!current)
    return {
      ...base,
      status: "warn",
      reason: `No ${year} figure for Russian crude to check the record against.`,
    };
  const earlier = rows.filter((o) => Number(o.period.label) < year);
  const higher = earlier.filter((o) => o.value >= current.value);
  if (higher.length > 0) {
    return {
      ...base,
      status: "fail",
      reason: `${higher.map((o) => `${o.period.label} (${o.valueText} ${unit})`).join(", ")} was at least as high as ${year} (${current.valueText} ${unit}).`,
    };
  }
  const previous = earlier.reduce((a, b) => (b.value > a.value ? b : a), earlier[0] ?? current);
  return {
    ...base,
    status: "pass",
    reason: `${year}: ${current.valueText} ${unit}, above every earlier year in the data (highest before: ${previous.period.label}, ${previous.valueText} ${unit}; ${earlier.length} earlier years).`,
  };
};

const savingsPeriod: CheckFn = (bundle) => {
  const claim = claimRow(bundle, "savings_discounted_russian_oil");
  if (!claim) return null;
  const estimate = bundle.datasets.savings.find(
    (o) => o.series === "russian_crude_savings" && o.value === claim.value,
  );
  const base = {
    id: "savings_period",
    label: "Savings: the article's period vs the estimate's",
    claim: claim.series,
  };
  if (!estimate) {
    return {
      ...base,
      status: "warn",
      reason: `No estimate of ${claim.valueText} USD bn in savings.csv to trace the article's figure to.`,
    };
  }
  if (estimate.period.label === claim.period.label) {
    return {
      ...base,
      status: "pass",
      reason: `The article and the estimate both cover ${claim.period.label}.`,
    };
  }
  return {
    ...base,
    status: "warn",
    reason: `The article says “last year” (${claim.period.label}, ${claim.period.months} months); the estimate of ${estimate.valueText} USD bn it matches covers ${estimate.period.label} (${estimate.period.months} months). Full-year savings were not published in what was read.`,
  };
};

const shareVsReported: CheckFn = (bundle, metrics) => {
  const share = metrics.get("russia_share_of_china_crude_pct");
  const year = String(createContext(bundle).year);
  const reported = bundle.datasets.crude_annual.find(
    (o) => o.series === "russia_share" && o.period.label === year && o.basis === "reported",
  );
  if (!share || share.value === null || !reported) return null;
  const tol = Math.max(roundingTolerance(reported.valueText), 0.5);
  const ok = Math.abs(share.value - reported.value) <= tol;
  return {
    id: "russia_share_vs_reported",
    label: "Russia's share of China's crude: computed vs reported",
    claim: "",
    status: ok ? "pass" : "warn",
    reason: `Computed ${f(share.value, 1)}% against the reported “approximately ${reported.valueText} percent”: ${ok ? "consistent" : "they differ"}.`,
  };
};

const CHECKS: readonly CheckFn[] = [
  oilTonnesVsMbd,
  oilRecord,
  gasPartsVsArticle,
  gasGrowthVsNearlyForty,
  savingsPeriod,
  shareVsReported,
];

export function computeChecks(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
): Check[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return CHECKS.map((check) => check(bundle, byId, scenario)).filter((c): c is Check => c !== null);
}
