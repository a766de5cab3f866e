// The article's numbers as headline tiles, each with the sentence that states it, the evidence
// it goes back to and the checks that confirm or question it.
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import type { DatasetName } from "../data/datasets";
import type { Observation, Source } from "../data/types";
import { formatWithUnit } from "../format";
import { seriesLabel } from "./oil";

export interface Evidence {
  text: string;
  source: Source | null;
}

export interface Headline {
  id: string;
  label: string;
  /** The claim as the article words it, e.g. "2.14 mb/d". */
  display: string;
  period: string;
  sentence: string;
  checks: Check[];
  evidence: Evidence[];
}

interface TileSpec {
  claim: string;
  label: string;
  display: (o: Observation) => string;
  evidence: { dataset: DatasetName; series: string; unit: string; samePeriod: boolean }[];
  checks: string[];
}

const TILES: TileSpec[] = [
  {
    claim: "crude_exports_russia_to_china",
    label: "Russian crude to China, a record",
    display: (o) => formatWithUnit(o.value, o.unit, 2),
    evidence: [
      { dataset: "crude_annual", series: "russia", unit: "Mt", samePeriod: true },
      { dataset: "crude_annual", series: "russia", unit: "mb/d", samePeriod: true },
    ],
    checks: ["oil_tonnes_vs_mbd", "oil_record"],
  },
  {
    claim: "savings_discounted_russian_oil",
    label: "Saved by China on discounted Russian oil",
    display: (o) => `$${o.valueText} bn`,
    evidence: [
      { dataset: "savings", series: "russian_crude_savings", unit: "USD bn", samePeriod: false },
    ],
    checks: ["savings_period"],
  },
  {
    claim: "gas_imports_from_russia",
    label: "Chinese gas imports from Russia",
    display: (o) => `${o.valueText} bcm`,
    evidence: [
      { dataset: "gas_china", series: "power_of_siberia", unit: "bcm", samePeriod: true },
      { dataset: "gas_china", series: "lng", unit: "Mt", samePeriod: true },
    ],
    checks: ["gas_parts_vs_article"],
  },
  {
    claim: "gas_imports_growth",
    label: "Growth of gas imports from Russia",
    display: (o) => `+~${o.valueText}%`,
    evidence: [],
    checks: ["gas_growth_vs_nearly_40"],
  },
];

export function buildHeadlines(bundle: DataBundle, checks: readonly Check[]): Headline[] {
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const tiles: Headline[] = [];
  for (const tile of TILES) {
    const claim = bundle.datasets.article.find((o) => o.series === tile.claim);
    if (!claim) continue;
    const evidence = tile.evidence.flatMap((e) => {
      const rows = bundle.datasets[e.dataset].filter(
        (o) =>
          o.series === e.series &&
          o.unit === e.unit &&
          (e.samePeriod ? o.period.label === claim.period.label : o.value === claim.value),
      );
      return rows.map((o) => ({
        text: `${seriesLabel(e.dataset, e.series)}, ${o.period.label}: ${o.valueText} ${o.unit} (${o.basis})`,
        source: sources.get(o.sourceId) ?? null,
      }));
    });
    tiles.push({
      id: tile.claim,
      label: tile.label,
      display: tile.display(claim),
      period: claim.period.label,
      sentence: sources.get(claim.sourceId)?.quote ?? "",
      checks: checks.filter((c) => tile.checks.includes(c.id)),
      evidence,
    });
  }
  return tiles;
}
