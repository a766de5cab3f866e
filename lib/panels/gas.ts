// Length: one panel built in one pass; every step shares its years and its bcm/Mtoe factor.
// Gas: Power of Siberia and LNG (converted to bcm) stacked by year, against the pipeline's capacity.
import type { DataBundle } from "../data/bundle";
import type { ChartAnnotation, ChartSeries } from "../chart/spec";
import type { Metric, Scenario } from "../metrics/types";
import { claimYear } from "../metrics/context";
import { formatNumber } from "../format";
import { roundingHalfWidth } from "../data/rounding";
import {
  derivedRow,
  find,
  rowFromObservation,
  yearRange,
  yearsOf,
  type PanelRow,
  originOf,
} from "./rows";
import { eventLines } from "./events";
import { capacitySegments } from "./capacity";
import { seriesLabel } from "../data/datasets";
import type { DraftPanel } from "./types";
import type { GasUnit } from "../view/state";
import { gasRow, gasScale, gasText } from "./gas-unit";

/** Parts against the claim, in words computed from the metrics: never asserts what they do not show. */
function gasTakeaway(
  metrics: readonly Metric[],
  year: number,
  claimText: string | null,
  lngFactor: number | null,
): string {
  const parts = metrics.find((m) => m.id === "gas_total_from_parts_bcm");
  const implied = metrics.find((m) => m.id === "lng_factor_implied_by_article");
  if (!parts || parts.value === null || parts.low === null || parts.high === null)
    return `No pipeline and LNG figures for ${year} to rebuild the article's total from.`;
  const sum = `Pipeline plus LNG gives ${formatNumber(parts.value, 1)} bcm in ${year}`;
  if (claimText === null) return `${sum}.`;
  const claim = Number(claimText);
  const h = roundingHalfWidth(claimText);
  if (claim >= parts.low - h && claim <= parts.high + h)
    return `${sum}: the article's ${claimText} bcm is within that sum's range, though no source states it.`;
  const side = claim > parts.high ? "above" : "below";
  return `${sum}: the article's ${claimText} bcm is just ${side} it; it needs LNG at ${formatNumber(implied?.value ?? null, 3)} bcm/Mt, against the ${lngFactor ?? "–"} used here.`;
}

export function gasPanel(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
  unit: GasUnit = "bcm",
): DraftPanel {
  const data = bundle.datasets.gas_china;
  const year = claimYear(bundle);
  const lngFactor =
    scenario.lngBcmPerMt ?? bundle.factors.find((f) => f.id === "lng_bcm_per_mt")?.value ?? null;
  const pipelineYears = yearsOf(data, "power_of_siberia");
  const first = pipelineYears[0] ?? year - 1;
  const years = yearRange(
    first,
    Math.max(year + 1, pipelineYears[pipelineYears.length - 1] ?? year),
  );
  const scale = gasScale(bundle, unit);
  const { k } = scale;
  const inMtoe = scale.unit === "Mtoe";
  const shownUnit = scale.unit;
  const rows: PanelRow[] = [];
  const pipelinePoints = years.map((y) => {
    const o = find(data, "power_of_siberia", String(y), "bcm");
    if (!o) return { x: String(y), y: null, basis: null, tip: String(y) };
    const row = gasRow(o, seriesLabel("gas_china", "power_of_siberia"), scale, rows);
    return { x: String(y), y: row.value, basis: row.basis, tip: String(y) };
  });
  const lngPoints = years.map((y) => {
    const o = find(data, "lng", String(y), "Mt");
    if (!o || lngFactor === null) return { x: String(y), y: null, basis: null, tip: String(y) };
    rows.push(rowFromObservation(o, seriesLabel("gas_china", "lng")));
    const bcm = derivedRow(
      {
        period: o.period.label,
        series: inMtoe ? "lng_mtoe" : "lng_bcm",
        seriesLabel: `Russian LNG to China, in ${shownUnit}`,
        sourceId: o.sourceId,
        origin: originOf(o),
      },
      o.value * lngFactor * k,
      shownUnit,
      `${o.valueText} Mt × ${lngFactor} bcm/Mt${inMtoe ? ` × ${k} Mtoe/bcm` : ""}${o.basis === "derived" ? " (the tonnage is itself derived)" : ""}`,
    );
    rows.push(bcm);
    return { x: String(y), y: bcm.value, basis: bcm.basis, tip: String(y) };
  });
  const series: ChartSeries[] = [
    {
      id: inMtoe ? "power_of_siberia_mtoe" : "power_of_siberia",
      label: "Power of Siberia pipeline",
      kind: "bar",
      stack: "gas",
      colour: 0,
      points: pipelinePoints,
    },
    {
      id: inMtoe ? "lng_mtoe" : "lng_bcm",
      label: `LNG, converted at ${lngFactor ?? "–"} bcm/Mt`,
      kind: "bar",
      stack: "gas",
      colour: 1,
      points: lngPoints,
    },
  ];
  const annotations: ChartAnnotation[] = eventLines(
    bundle.events,
    "gas",
    years[0]!,
    years[years.length - 1]!,
  );
  // Capacities apply from their own dates on: drawn only from then, never back across the years
  // before they existed (audit C4); agreements are drawn as agreed, not as flowing.
  for (const c of bundle.capacities.filter((x) => x.route.startsWith("power_of_siberia")))
    rows.push({
      period: c.validFrom,
      series: `${c.route}_capacity`,
      seriesLabel: `${c.route === "power_of_siberia" ? "Power of Siberia" : "Power of Siberia 2"} capacity (${c.status.replace("_", " ")})`,
      value: c.value,
      valueText: c.valueText,
      unit: c.unit,
      basis: c.basis === "derived" ? "derived" : "capacity",
      sourceId: c.sourceId,
      note: c.note,
      origin: "published",
    });
  annotations.push(
    ...capacitySegments(
      bundle.capacities,
      "power_of_siberia",
      years[0]!,
      years[years.length - 1]!,
      inMtoe ? { k, unit: "Mtoe" } : null,
    ),
  );
  const claim = bundle.datasets.article.find((o) => o.series === "gas_imports_from_russia");
  const growth = bundle.datasets.article.find((o) => o.series === "gas_imports_growth");
  if (claim) {
    annotations.push({
      kind: "label",
      x: years.indexOf(year),
      y: claim.value * k,
      label: `Article: ${claim.valueText} bcm${inMtoe ? ` (${gasText(claim.value, scale)})` : ""}${growth ? `, up “nearly ${growth.valueText}%”` : ""}`,
    });
  }
  const base = metrics.find((m) => m.id === "gas_base_implied_bcm");
  if (base?.low != null && base.high != null) {
    const i = years.indexOf(year - 1);
    annotations.push({
      kind: "box",
      xMin: i - 0.45,
      xMax: i + 0.45,
      yMin: base.low * k,
      yMax: base.high * k,
      label: `Implied ${year - 1} base: ${formatNumber(base.low * k, 1)}–${gasText(base.high, scale)}`,
    });
  }
  return {
    id: "gas",
    title: "Gas: Russian pipeline gas and LNG to China",
    takeaway: gasTakeaway(metrics, year, claim?.valueText ?? null, lngFactor),
    sourceLine:
      "Sources: Gazprom via TASS (pipeline); TASS and others (LNG); LNG converted at BP's factor.",
    views: [
      {
        id: "stacked",
        label: "By year",
        chart: {
          xType: "category",
          labels: years.map(String),
          xTitle: "Year",
          yTitle: scale.yTitle,
          yUnit: shownUnit,
          stacked: true,
          series,
          annotations,
        },
        rows,
        context: `Power of Siberia deliveries plus LNG converted from tonnes; each capacity level is a dashed line from the date it applied, and an agreed level dotted from its signing.${scale.cannot ? ` ${scale.cannot}` : ""}`,
      },
    ],
    metricIds: [
      "gas_total_from_parts_bcm",
      "gas_growth_from_parts_pct",
      "gas_base_implied_bcm",
      "lng_factor_implied_by_article",
      "pos_share_of_design_capacity_pct",
      "pos_share_of_design_capacity_next_year_pct",
    ],
    checkIds: ["gas_parts_vs_article", "gas_growth_vs_nearly_40"],
  };
}
