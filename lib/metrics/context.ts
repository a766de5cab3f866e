import type { DataBundle } from "../data/bundle";
import { parsePeriod } from "../data/period";
import { createQuery } from "../query/query";
import type { Input } from "../query/types";
import type { MetricContext, Scenario } from "./types";

// When article.csv has no oil claim (a reader replaced it), the metrics fall back to the
// year the published article meant by "last year".
const ARTICLE_YEAR = 2023;

/** The year of the article's oil claim, e.g. 2023; 2023 when article.csv has none. */
export function claimYear(bundle: DataBundle): number {
  const claim = bundle.datasets.article.find((o) => o.series === "crude_exports_russia_to_china");
  return claim ? Math.floor(claim.period.firstMonth / 12) : ARTICLE_YEAR;
}

export function createContext(bundle: DataBundle, scenario: Scenario = {}): MetricContext {
  const query = createQuery(bundle, {
    crude_bbl_per_tonne: scenario.crudeBblPerTonne,
    lng_bcm_per_mt: scenario.lngBcmPerMt,
  });
  const year = claimYear(bundle);
  const claimPeriod = parsePeriod(String(year))!;
  return {
    ...query,
    year,
    claimPeriod,
    scenario,
    claim: (series) => {
      const row = query.rows("article", series).find((o) => o.period.label === String(year));
      return row ? query.at("article", series, row.period.label, row.unit) : null;
    },
  };
}

/** A number the project assumes (no source states it): shown as the project's, never a source's. */
export function assumption(label: string, value: number, unit: string, id: string): Input {
  return {
    label,
    value,
    valueText: String(value),
    unit,
    ref: `assumption ${id}`,
    sourceId: "",
    period: "",
    origin: "assumption",
  };
}
