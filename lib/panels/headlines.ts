// The article's numbers as headline tiles, each with the sentence that states it, the evidence
// it goes back to and the checks that confirm or question it.
import { seriesRowsAsGiven } from "../query/series-index";
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import type { DatasetName } from "../data/datasets";
import type { Observation, Source } from "../data/types";
import { formatExact, formatRange, formatWithUnit } from "../format";
import type { Metric } from "../metrics/types";
import { seriesLabel } from "../data/datasets";
import { othersSaid } from "../ledger/groups";
import type { CheckId } from "../checks/types";
import type { MetricId } from "../metrics/ids";

interface Evidence {
  text: string;
  /** The published source behind the row; `null` for the reader's own rows, which carry none. */
  source: Source | null;
  origin: "published" | "reader";
}

export interface Headline {
  id: string;
  label: string;
  /** The claim as the article words it, e.g. "2.14 mb/d". */
  display: string;
  period: string;
  /** The article's sentence; "" when the reader's file replaced the claim (never a quote for it). */
  sentence: string;
  /** Whose figure the tile shows: the article's, or the reader's upload. */
  origin: "published" | "reader";
  checks: Check[];
  evidence: Evidence[];
  /** What the sources give for the same figure, with the range the assumptions allow. */
  fromSources: string;
  /** The ledger's spread for the same quantity and period ("2.14–2.15 mb/d, 3 statements…"). */
  othersSaid: string | null;
}

interface TileSpec {
  claim: string;
  label: string;
  display: (o: Observation) => string;
  evidence: { dataset: DatasetName; series: string; unit: string; samePeriod: boolean }[];
  checks: CheckId[];
  /**
   * The metric that rebuilds the claim from the evidence, and how to say it. With `to`, the range
   * runs from this metric's value to that one's (two readings of the same estimate).
   */
  metric: { id: MetricId; to?: MetricId; text: (value: string, range: string) => string };
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
    metric: {
      id: "crude_mbd_from_tonnes",
      text: (v, r) => `Customs tonnes give ${v} (${r} with the crude factor's range)`,
    },
  },
  {
    claim: "savings_discounted_russian_oil",
    label: "Saved by China on discounted Russian oil",
    display: (o) => formatExact(o.value, o.unit),
    evidence: [
      { dataset: "savings", series: "russian_crude_savings", unit: "USD bn", samePeriod: false },
    ],
    checks: ["savings_period"],
    metric: {
      id: "savings_implied_discount_total_usd_per_bbl",
      to: "savings_implied_discount_seaborne_usd_per_bbl",
      text: (_, r) => `Implies a discount of ${r} (over all Russian crude to seaborne only)`,
    },
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
    metric: {
      id: "gas_total_from_parts_bcm",
      text: (v, r) => `Pipeline + LNG give ${v} (${r} with the LNG factor's range)`,
    },
  },
  {
    claim: "gas_imports_growth",
    label: "Growth of gas imports from Russia",
    display: (o) => `+~${o.valueText}%`,
    evidence: [],
    checks: ["gas_growth_vs_nearly_40"],
    metric: { id: "gas_growth_from_parts_pct", text: (v, r) => `From pipeline + LNG: ${v} (${r})` },
  },
];

function fromSources(spec: TileSpec["metric"], metrics: readonly Metric[]): string {
  const m = metrics.find((x) => x.id === spec.id);
  if (!m || m.value === null) return "Not computable from the data loaded.";
  const to = spec.to === undefined ? undefined : metrics.find((x) => x.id === spec.to);
  const range = to ? formatRange(m.value, to.value, m.unit) : formatRange(m.low, m.high, m.unit);
  const flags = [...m.flags, ...(to?.flags ?? [])];
  const text = spec.text(formatWithUnit(m.value, m.unit), range);
  return flags.length > 0 ? `${text} [fallback: ${flags.join("; ")}]` : text;
}

export function buildHeadlines(
  bundle: DataBundle,
  checks: readonly Check[],
  metrics: readonly Metric[],
): Headline[] {
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const tiles: Headline[] = [];
  for (const tile of TILES) {
    const claim = bundle.datasets.article.find((o) => o.series === tile.claim);
    if (!claim) continue;
    const evidence = tile.evidence.flatMap((e) => {
      // The series' rows in the file's order, by lookup (a reader's file may hold a million).
      const rows = seriesRowsAsGiven(bundle.datasets[e.dataset], e.series, e.unit).filter((o) =>
        e.samePeriod ? o.period.label === claim.period.label : o.value === claim.value,
      );
      return rows.map((o): Evidence => {
        const reader = o.origin === "reader";
        return {
          text: `${seriesLabel(e.dataset, e.series)}, ${o.period.label}: ${o.valueText} ${o.unit} (${reader ? "your data" : o.basis})`,
          source: reader ? null : (sources.get(o.sourceId) ?? null),
          origin: reader ? "reader" : "published",
        };
      });
    });
    tiles.push({
      id: tile.claim,
      label: tile.label,
      display: tile.display(claim),
      period: claim.period.label,
      sentence: claim.origin === "reader" ? "" : (sources.get(claim.sourceId)?.quote ?? ""),
      origin: claim.origin === "reader" ? "reader" : "published",
      checks: checks.filter((c) => tile.checks.includes(c.id)),
      evidence,
      fromSources: fromSources(tile.metric, metrics),
      othersSaid: othersSaid(bundle, claim.series, claim.period.label),
    });
  }
  return tiles;
}
