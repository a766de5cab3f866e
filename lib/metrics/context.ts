import type { DataBundle } from "../data/bundle";
import { seriesLabel } from "../data/datasets";
import type { Observation } from "../data/types";
import type { MetricContext, MetricInput, Scenario } from "./types";

// When article.csv has no oil claim (a reader replaced it), the metrics fall back to the
// year the published article meant by "last year".
const ARTICLE_YEAR = 2023;

export function claimYear(bundle: DataBundle): number {
  const claim = bundle.datasets.article.find((o) => o.series === "crude_exports_russia_to_china");
  return claim ? Number(claim.period.label.slice(0, 4)) : ARTICLE_YEAR;
}

const SCENARIO_FACTORS: Record<string, "crudeBblPerTonne" | "lngBcmPerMt"> = {
  crude_bbl_per_tonne: "crudeBblPerTonne",
  lng_bcm_per_mt: "lngBcmPerMt",
};

// A dataset's rows by series, built on the first lookup and kept while the rows live: a metric
// looks up a few values, and a reader's file may hold a million rows. A bundle's arrays are not
// changed once built (a merge makes new ones), so the index cannot go stale.
const bySeriesCache = new WeakMap<readonly Observation[], Map<string, Observation[]>>();

function rowsOfSeries(rows: readonly Observation[], series: string): readonly Observation[] {
  let index = bySeriesCache.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const list = index.get(row.series);
      if (list) list.push(row);
      else index.set(row.series, [row]);
    }
    bySeriesCache.set(rows, index);
  }
  return index.get(series) ?? [];
}

export function createContext(bundle: DataBundle, scenario: Scenario = {}): MetricContext {
  return {
    bundle,
    year: claimYear(bundle),
    scenario,
    observation(dataset, series, period, unit) {
      const o = rowsOfSeries(bundle.datasets[dataset], series).find(
        (r) => r.period.label === period && r.unit === unit,
      );
      if (!o) return null;
      const label = seriesLabel(dataset, series);
      return {
        label: `${label}, ${period}`,
        value: o.value,
        unit: o.unit,
        ref: `${dataset}.csv row ${o.row}`,
        sourceId: o.sourceId,
      };
    },
    factor(id) {
      const f = bundle.factors.find((x) => x.id === id);
      if (!f) return null;
      const key = SCENARIO_FACTORS[id];
      const override = key ? scenario[key] : undefined;
      const value = override ?? f.value;
      return {
        value,
        low: Math.min(f.low, value),
        high: Math.max(f.high, value),
        input: {
          label:
            override === undefined
              ? `Conversion factor ${id}`
              : `Conversion factor ${id} (your scenario)`,
          value,
          unit: f.unit,
          ref: `factor ${id} (range ${f.low}–${f.high})`,
          sourceId: f.sourceId,
        },
      };
    },
  };
}

export function assumption(label: string, value: number, unit: string, id: string): MetricInput {
  return { label, value, unit, ref: `assumption ${id}`, sourceId: "" };
}

/** A ratio that is `null` instead of Infinity or NaN when the denominator is zero. */
export function safeRatio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator))
    return null;
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}
