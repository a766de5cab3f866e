// Europe vs China: Russian pipeline gas to Europe (Reuters' series) against Power of Siberia,
// and Gazprom's own totals on a second view: different scopes, never one line. In the gas unit the
// reader picks (bcm, or Mtoe at BP's factor), as the gas panel.
import type { DataBundle } from "../data/bundle";
import type { ChartAnnotation, ChartSeries } from "../chart/spec";
import type { Metric } from "../metrics/types";
import { claimYear } from "../metrics/context";
import { formatNumber } from "../format";
import { find, yearRange, type PanelRow } from "./rows";
import type { GasUnit } from "../view/state";
import { gasRow, gasScale, gasText, type GasScale } from "./gas-unit";
import { seriesLabel } from "../data/datasets";
import type { DraftPanel, DraftView } from "./types";
import { eventLines } from "./events";

function yearlyBars(
  bundle: DataBundle,
  dataset: "gas_europe" | "gas_china",
  id: string,
  years: number[],
  colour: number,
  rows: PanelRow[],
  scale: GasScale,
): ChartSeries {
  const data = bundle.datasets[dataset];
  const points = years.map((y) => {
    const o = find(data, id, String(y), "bcm");
    const row = o && gasRow(o, seriesLabel(dataset, id), scale, rows);
    return { x: String(y), y: row?.value ?? null, basis: row?.basis ?? null, tip: String(y) };
  });
  return {
    id: scale.unit === "Mtoe" ? `${id}_mtoe` : id,
    label: seriesLabel(dataset, id),
    kind: "bar",
    colour,
    points,
  };
}

/** The view's words on its unit: what it is converted with, or why it could not be. */
const unitContext = (scale: GasScale) =>
  scale.cannot
    ? ` ${scale.cannot}`
    : scale.unit === "Mtoe"
      ? ` Converted at ${scale.k} Mtoe per bcm (BP).`
      : "";

function comparisonView(
  bundle: DataBundle,
  metrics: readonly Metric[],
  year: number,
  scale: GasScale,
): DraftView {
  const years = yearRange(2018, Math.max(year + 2, 2018));
  const rows: PanelRow[] = [];
  const series = [
    yearlyBars(bundle, "gas_europe", "reuters_pipeline_europe", years, 5, rows, scale),
    yearlyBars(bundle, "gas_china", "power_of_siberia", years, 0, rows, scale),
  ];
  const annotations: ChartAnnotation[] = eventLines(
    bundle.events,
    "europe",
    years[0]!,
    years[years.length - 1]!,
  );
  const low = bundle.datasets.gas_europe.find(
    (o) => o.series === "reuters_pipeline_europe_peak_low",
  );
  const high = bundle.datasets.gas_europe.find(
    (o) => o.series === "reuters_pipeline_europe_peak_high",
  );
  if (low && high) {
    gasRow(low, seriesLabel("gas_europe", low.series), scale, rows);
    gasRow(high, seriesLabel("gas_europe", high.series), scale, rows);
    const first = years.indexOf(Math.floor(low.period.firstMonth / 12));
    const last = years.indexOf(Math.floor(low.period.lastMonth / 12));
    annotations.push({
      kind: "box",
      xMin: first - 0.45,
      xMax: last + 0.45,
      yMin: low.value * scale.k,
      yMax: high.value * scale.k,
      label: `Peak to Europe, ${low.period.label.replace("/", "–")}: ${
        scale.unit === "bcm"
          ? `${low.valueText}–${high.valueText} bcm`
          : `${formatNumber(low.value * scale.k, 1)}–${gasText(high.value, scale)}`
      }`,
    });
  }
  const lost = metrics.find((m) => m.id === "europe_pipeline_lost_bcm");
  const share = metrics.find((m) => m.id === "pos_replaced_share_pct");
  const now = find(bundle.datasets.gas_europe, "reuters_pipeline_europe", String(year), "bcm");
  if (lost?.low != null && lost.high != null && now && low && high) {
    annotations.push({
      kind: "bracket",
      x: years.indexOf(year) - 0.3,
      yMin: now.value * scale.k,
      yMax: ((low.value + high.value) / 2) * scale.k,
      label: `Lost by ${year}: ${formatNumber(lost.low * scale.k, 1)}–${gasText(lost.high, scale)}; Power of Siberia carried ${formatNumber(share?.value ?? null, 0)}% of that`,
    });
  }
  return {
    id: "comparison",
    label: "Europe vs China",
    chart: {
      xType: "category",
      labels: years.map(String),
      xTitle: "Year",
      yTitle: scale.yTitle,
      yUnit: scale.unit,
      stacked: false,
      series,
      annotations,
    },
    rows,
    context: `Reuters' pipeline series to Europe against Power of Siberia; the 2018–19 European peak is a shaded range.${unitContext(scale)}`,
  };
}

function gazpromView(bundle: DataBundle, scale: GasScale): DraftView {
  const ids = ["gazprom_europe_turkey", "gazprom_europe", "gazprom_far_abroad_incl_china"];
  const years = yearRange(2015, 2022);
  const rows: PanelRow[] = [];
  const series = ids.map((id, i) =>
    yearlyBars(bundle, "gas_europe", id, years, [2, 3, 6][i]!, rows, scale),
  );
  return {
    id: "gazprom",
    label: "Gazprom's own totals",
    chart: {
      xType: "category",
      labels: years.map(String),
      xTitle: "Year",
      yTitle: scale.yTitle,
      yUnit: scale.unit,
      stacked: false,
      series,
      annotations: [],
    },
    rows,
    context: `The scope changes from year to year (Europe only; Europe and Turkey; all countries outside the former USSR including China), so each scope is its own series.${unitContext(scale)}`,
  };
}

/** `gasUnit`: bcm, or Mtoe at factors.csv's gas_mtoe_per_bcm (stays bcm, saying so, without it). */
export function europePanel(
  bundle: DataBundle,
  metrics: readonly Metric[],
  gasUnit: GasUnit = "bcm",
): DraftPanel {
  const year = claimYear(bundle);
  const scale = gasScale(bundle, gasUnit);
  const lost = metrics.find((m) => m.id === "europe_pipeline_lost_bcm");
  const share = metrics.find((m) => m.id === "pos_replaced_share_pct");
  return {
    id: "europe",
    title: "Europe vs China: the sales Gazprom lost",
    takeaway: `Pipeline gas to Europe fell by about ${lost?.value == null ? "–" : gasText(lost.value, scale, 0)} from its peak; in ${year} Power of Siberia carried about ${formatNumber(share?.value ?? null, 0)}% of that volume.`,
    sourceLine:
      "Sources: Reuters via Daily Sabah (Europe); Gazprom via TASS (Power of Siberia, Gazprom totals).",
    views: [comparisonView(bundle, metrics, year, scale), gazpromView(bundle, scale)],
    metricIds: ["europe_pipeline_lost_bcm", "pos_replaced_share_pct"],
    checkIds: [],
  };
}
