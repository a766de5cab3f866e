// "Since the article": each of the article's numbers beside what the data holds for the years
// after it, computed from the rows (never typed), partial years named as such, gaps as gaps.
import { changePct } from "../conversions";
import type { DataBundle } from "../data/bundle";
import { seriesLabel } from "../data/datasets";
import type { Observation } from "../data/types";
import { claimYear } from "../metrics/context";
import { gasBcmFromParts } from "../metrics/gas";
import { createQuery, type Query } from "../query/query";

/** One later figure: stated, derived here (with its formula), or missing (a gap, with why). */
export interface Later {
  period: string;
  /** The year the period ends in: the column it belongs to. */
  year: number;
  value: number | null;
  unit: string;
  basis: "reported" | "derived" | "estimate" | "none";
  /** The formula for a derived value, the scope of a partial one, or why there is none. */
  note: string;
  sourceId: string;
}

export interface SinceRow {
  claim: string;
  label: string;
  article: { value: number; valueText: string; unit: string; period: string };
  later: Later[];
}

const gap = (period: string, year: number, unit: string, note: string): Later => ({
  period,
  year,
  value: null,
  unit,
  basis: "none",
  note,
  sourceId: "",
});

const stated = (o: Observation, note = ""): Later => ({
  period: o.period.label,
  year: Math.floor(o.period.lastMonth / 12),
  value: o.value,
  unit: o.unit,
  basis: o.basis === "capacity" ? "reported" : o.basis,
  note,
  sourceId: o.sourceId,
});

/** Years after the claim up to the last year any dataset reaches. */
function laterYears(bundle: DataBundle, year: number): number[] {
  const last = Math.max(
    year,
    ...Object.values(bundle.datasets)
      .flat()
      .map((o) => Math.floor(o.period.lastMonth / 12)),
  );
  return Array.from({ length: last - year }, (_, i) => year + 1 + i);
}

function oil(q: Query, years: number[]): Later[] {
  return years.map((y) => {
    const whole = q.at("crude_annual", "russia", String(y), "mb/d");
    if (whole) return stated(whole.observation);
    const spans = q
      .rows("crude_monthly", "russia_ytd", "mb/d")
      .filter((o) => o.period.firstMonth === y * 12 && Math.floor(o.period.lastMonth / 12) === y);
    const longest = spans.sort((a, b) => b.period.months - a.period.months)[0];
    return longest
      ? stated(longest, `${longest.period.months} months only: no source states the whole year`)
      : gap(String(y), y, "mb/d", "no figure published in what was read");
  });
}

function gas(q: Query, years: number[]): { totals: Later[]; growth: Later[] } {
  const f = q.factor("lng_bcm_per_mt");
  const total = (y: number): Later => {
    const pipe = q.at("gas_china", "power_of_siberia", String(y), "bcm");
    const lng = q.at("gas_china", "lng", String(y), "Mt");
    if (!pipe || !lng || !f)
      return gap(String(y), y, "bcm", "no pipeline and LNG figures for the whole year");
    const p = pipe.input;
    const l = lng.input;
    return {
      period: String(y),
      year: y,
      value: gasBcmFromParts(p.value, l.value, f.value),
      unit: "bcm",
      basis: "derived",
      note: `${p.valueText} bcm Power of Siberia + ${l.valueText} Mt LNG × ${f.value} bcm/Mt`,
      sourceId: p.sourceId,
    };
  };
  const all = [years[0]! - 1, ...years].map(total);
  const growth = years.map((y, i): Later => {
    const now = all[i + 1]!;
    const before = all[i]!;
    if (now.value === null || before.value === null)
      return gap(String(y), y, "%", "no totals for both years");
    return {
      period: String(y),
      year: y,
      value: changePct(now.value, before.value),
      unit: "%",
      basis: "derived",
      note: `${before.period}→${now.period}, from the totals above`,
      sourceId: "",
    };
  });
  return { totals: all.slice(1), growth };
}

function savings(q: Query, years: number[]): Later[] {
  const estimates = q
    .rows("savings", "russian_crude_savings")
    .concat(q.rows("savings", "rosneft_benefit_estimate"));
  return years.flatMap((y) => {
    const ending = estimates.filter((o) => Math.floor(o.period.lastMonth / 12) === y);
    return ending.length > 0
      ? ending.map((o) =>
          stated(o, o.period.kind === "year" ? "" : `covers ${o.period.label}, not ${y} alone`),
        )
      : [gap(String(y), y, "USD bn", "no estimate for this year published")];
  });
}

/** The article's claims, each with the later figures the data holds, in the article's order. */
export function sinceTheArticle(bundle: DataBundle): SinceRow[] {
  const q = createQuery(bundle);
  const year = claimYear(bundle);
  const years = laterYears(bundle, year);
  const g = gas(q, years);
  const later: Record<string, Later[]> = {
    crude_exports_russia_to_china: oil(q, years),
    savings_discounted_russian_oil: savings(q, years),
    gas_imports_from_russia: g.totals,
    gas_imports_growth: g.growth,
  };
  return bundle.datasets.article.flatMap((c) => {
    const rows = later[c.series];
    if (!rows) return [];
    return [
      {
        claim: c.series,
        label: seriesLabel("article", c.series),
        article: { value: c.value, valueText: c.valueText, unit: c.unit, period: c.period.label },
        later: rows,
      },
    ];
  });
}

/** The latest period any dataset reaches, e.g. `2025-12`: what "latest period shown" names. */
export function latestPeriod(bundle: DataBundle): string {
  const all = Object.values(bundle.datasets).flat();
  const last = all.reduce<Observation | null>(
    (a, b) => (a === null || b.period.lastMonth > a.period.lastMonth ? b : a),
    null,
  );
  return last ? last.period.end : "";
}
