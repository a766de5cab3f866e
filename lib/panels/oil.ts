// Oil: Russian and Saudi crude to China by year, and Russian crude by month in the claim year.
import type { DataBundle } from "../data/bundle";
import type { Observation } from "../data/types";
import { seriesLabel } from "../data/datasets";
import type { ChartAnnotation, ChartSeries } from "../chart/spec";
import type { Scenario } from "../metrics/types";
import { claimYear } from "../metrics/context";
import { formatNumber } from "../format";
import {
  derivedRow,
  find,
  mbdFromMt,
  rowFromObservation,
  yearRange,
  type PanelRow,
  originOf,
} from "./rows";
import { covers } from "../data/period";
import { mtFromMbd, mtPerYearFromMt, RATE_DAYS_PER_YEAR } from "../conversions";
import type { OilUnit } from "../view/state";
import { eventLines } from "./events";
import type { DraftPanel, DraftView } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period's daily rate: the reported mb/d when a source states it, else tonnes converted. */
function dailyRate(
  rows: readonly Observation[],
  dataset: string,
  series: string,
  period: string,
  bblPerTonne: number | null,
): PanelRow | null {
  const label = seriesLabel(dataset, series);
  const mbd = find(rows, series, period, "mb/d");
  if (mbd) return rowFromObservation(mbd, label);
  const mt = find(rows, series, period, "Mt");
  if (!mt || bblPerTonne === null) return null;
  return derivedRow(
    { period, series, seriesLabel: label, sourceId: mt.sourceId, origin: originOf(mt) },
    mbdFromMt(mt.value, bblPerTonne, mt.period),
    "mb/d",
    `${mt.valueText} Mt × ${bblPerTonne} bbl/t ÷ ${mt.period.kind === "year" ? RATE_DAYS_PER_YEAR : `${mt.period.days} days`}`,
  );
}

/**
 * A period's tonnage per year: the reported Mt for a whole year; for a shorter period the
 * reported tonnes annualised (Mt × 365 ÷ days); else the daily rate converted (mb/d × 365 ÷ bbl/t).
 */
function tonnesPerYear(
  rows: readonly Observation[],
  dataset: string,
  series: string,
  period: string,
  bblPerTonne: number | null,
): PanelRow | null {
  const label = seriesLabel(dataset, series);
  const mt = find(rows, series, period, "Mt");
  if (mt && mt.period.kind === "year") return rowFromObservation(mt, label);
  const from = {
    period,
    series,
    seriesLabel: label,
    sourceId: mt?.sourceId ?? "",
    origin: originOf(mt),
  };
  if (mt)
    return derivedRow(
      from,
      mtPerYearFromMt(mt.value, mt.period.days) ?? 0,
      "Mt",
      `${mt.valueText} Mt × ${RATE_DAYS_PER_YEAR} ÷ ${mt.period.days} days (annualised)`,
    );
  const mbd = find(rows, series, period, "mb/d");
  if (!mbd || bblPerTonne === null) return null;
  return derivedRow(
    { ...from, sourceId: mbd.sourceId, origin: originOf(mbd) },
    mtFromMbd(mbd.value, bblPerTonne, RATE_DAYS_PER_YEAR) ?? 0,
    "Mt",
    `${mbd.valueText} mb/d × ${RATE_DAYS_PER_YEAR} ÷ ${bblPerTonne} bbl/t`,
  );
}

const OIL_AXIS: Record<OilUnit, string> = {
  "mb/d": "Million barrels per day (mb/d)",
  Mt: "Million tonnes per year (Mt)",
};

function oilValue(unit: OilUnit) {
  return unit === "mb/d" ? dailyRate : tonnesPerYear;
}

export function monthSpanLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})(?:\/(\d{2}))?$/.exec(period);
  if (!m) return period;
  const from = MONTHS[Number(m[2]) - 1]!;
  return m[3] ? `${from}–${MONTHS[Number(m[3]) - 1]!}` : from;
}

function annualView(
  bundle: DataBundle,
  bblPerTonne: number | null,
  year: number,
  unit: OilUnit,
): DraftView {
  const value = oilValue(unit);
  const data = bundle.datasets.crude_annual;
  const years = yearRange(2014, Math.max(year + 1, 2014));
  const series: ChartSeries[] = [];
  const rows: PanelRow[] = [];
  for (const [i, id] of ["russia", "saudi_arabia"].entries()) {
    const points = years.map((y) => {
      const row = value(data, "crude_annual", id, String(y), bblPerTonne);
      if (row) rows.push(row);
      return { x: String(y), y: row?.value ?? null, basis: row?.basis ?? null, tip: String(y) };
    });
    series.push({ id, label: seriesLabel("crude_annual", id), kind: "bar", colour: i, points });
  }
  const claim = bundle.datasets.article.find((o) => o.series === "crude_exports_russia_to_china");
  const annotations: ChartAnnotation[] = eventLines(
    bundle.events,
    years[0]!,
    years[years.length - 1]!,
  );
  const record = rows.find((r) => r.series === "russia" && r.period === String(year));
  if (claim && record) {
    annotations.push({
      kind: "label",
      x: years.indexOf(year),
      y: record.value,
      label: `Record: ${claim.valueText} mb/d (article)`,
    });
  }
  return {
    id: "annual",
    label: "By year",
    chart: {
      xType: "category",
      labels: years.map(String),
      xTitle: "Year",
      yTitle: OIL_AXIS[unit],
      yUnit: unit,
      stacked: false,
      series,
      annotations,
    },
    rows,
    context: "Years with only tonnage are converted at the crude factor (hatched).",
  };
}

function monthlyView(
  bundle: DataBundle,
  bblPerTonne: number | null,
  year: number,
  unit: OilUnit,
): DraftView {
  const value = oilValue(unit);
  const data = bundle.datasets.crude_monthly;
  const inYear = [
    ...new Map(
      data
        .filter((o) => Math.floor(o.period.firstMonth / 12) === year)
        .map((o) => [o.period.label, o.period]),
    ).values(),
  ];
  // Year-to-date totals (January–September) cover the months beside them: drawing both would
  // count those months twice, so the view keeps the periods that cover no other.
  const periods = inYear
    .filter((p) => !inYear.some((q) => q !== p && covers(p, q)))
    .sort((a, b) => a.firstMonth - b.firstMonth)
    .map((p) => p.label);
  const rows = periods
    .map((p) => value(data, "crude_monthly", "russia", p, bblPerTonne))
    .filter((r): r is PanelRow => r !== null);
  // The rows as published stay in the table beside the rates, so the reader sees both.
  const shown = new Set(rows.map((r) => `${r.period}|${r.unit}|${r.valueText}`));
  for (const o of data.filter((o) => periods.includes(o.period.label))) {
    if (!shown.has(`${o.period.label}|${o.unit}|${o.valueText}`))
      rows.push(rowFromObservation(o, seriesLabel("crude_monthly", "russia")));
  }
  const rates = periods
    .map((p) => rows.find((r) => r.period === p && r.unit === unit))
    .filter((r): r is PanelRow => r !== undefined);
  const labels = rates.map((r) => monthSpanLabel(r.period));
  const annotations: ChartAnnotation[] = [];
  const annual = oilValue(unit)(
    bundle.datasets.crude_annual,
    "crude_annual",
    "russia",
    String(year),
    bblPerTonne,
  );
  if (annual)
    annotations.push({
      kind: "hline",
      y: annual.value,
      label: `${year} average: ${formatNumber(annual.value)} ${unit}`,
    });
  return {
    id: "monthly",
    label: `By month, ${year}`,
    chart: {
      xType: "category",
      labels,
      xTitle: `${year} (months published together stay together)`,
      yTitle: unit === "Mt" ? "Million tonnes per year, annualised (Mt)" : OIL_AXIS[unit],
      yUnit: unit,
      stacked: false,
      series: [
        {
          id: "russia",
          label: "From Russia",
          kind: "bar",
          colour: 0,
          points: rates.map((r, i) => ({
            x: labels[i]!,
            y: r.value,
            basis: r.basis,
            tip: r.period,
          })),
        },
      ],
      annotations,
    },
    rows,
    context: "Months published together stay together.",
  };
}

/** Russia against Saudi Arabia in the claim year, in whichever unit both have: from the data. */
function oilTakeaway(bundle: DataBundle, year: number): string {
  const data = bundle.datasets.crude_annual;
  for (const unit of ["Mt", "mb/d"] as const) {
    const ru = find(data, "russia", String(year), unit);
    const sa = find(data, "saudi_arabia", String(year), unit);
    if (ru && sa) {
      const lead = ru.value > sa.value ? "ahead of" : "behind";
      return `In ${year} Russia sent China ${ru.valueText} ${unit} of crude, ${lead} Saudi Arabia's ${sa.valueText} ${unit}.`;
    }
  }
  return `Russian and Saudi crude to China by year, to ${year} and after.`;
}

export function oilPanel(
  bundle: DataBundle,
  scenario: Scenario = {},
  unit: OilUnit = "mb/d",
): DraftPanel {
  const year = claimYear(bundle);
  const factor = bundle.factors.find((f) => f.id === "crude_bbl_per_tonne");
  // Without a factor, tonnage-only years stay gaps rather than being converted at a guess.
  const bblPerTonne = scenario.crudeBblPerTonne ?? factor?.value ?? null;
  return {
    id: "oil",
    title: "Oil: Russian crude to China",
    takeaway: oilTakeaway(bundle, year),
    sourceLine:
      "Sources: China customs via Reuters, MEES, Asia Financial and others (see the table).",
    views: [
      annualView(bundle, bblPerTonne, year, unit),
      monthlyView(bundle, bblPerTonne, year, unit),
    ],
    metricIds: [
      "crude_barrels_per_year",
      "crude_tonnes_from_mbd",
      "crude_mbd_from_tonnes",
      "crude_growth_pct",
      "russia_share_of_china_crude_pct",
    ],
    checkIds: ["oil_tonnes_vs_mbd", "oil_record", "russia_share_vs_reported"],
  };
}
