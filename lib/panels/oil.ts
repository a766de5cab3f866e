// Oil: Russian and Saudi crude to China by year, and Russian crude by month in the claim year.
import type { DataBundle } from "../data/bundle";
import type { Observation } from "../data/types";
import { seriesLabel } from "../data/datasets";
import type { ChartAnnotation, ChartPoint, ChartSeries } from "../chart/spec";
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
import type { OilUnit } from "../view/state";
import { eventLines } from "./events";
import type { DraftPanel, DraftView } from "./types";
import { OIL_AXIS, monthSpanLabel, oilValue } from "./oil-values";
import { monthYears, monthlyView } from "./oil-monthly";

export { monthSpanLabel } from "./oil-values";

/** The longest span of `year` starting in January, in `unit` (or Mt to convert), if any. */
function longestYearToDate(rows: readonly Observation[], year: number, unit: OilUnit) {
  const inYear = rows.filter(
    (o) => o.period.firstMonth === year * 12 && Math.floor(o.period.lastMonth / 12) === year,
  );
  const pick = (u: string) =>
    inYear.filter((o) => o.unit === u).sort((a, b) => b.period.months - a.period.months)[0];
  return pick(unit) ?? pick("Mt");
}

/** A year-to-date row as the panel shows it: as stated, or its tonnage as a daily rate. */
function partialRow(o: Observation, unit: OilUnit, bblPerTonne: number | null): PanelRow | null {
  const label = `From Russia, ${monthSpanLabel(o.period.label)} (partial year)`;
  if (o.unit === unit) return rowFromObservation(o, label);
  if (unit !== "mb/d" || bblPerTonne === null) return null;
  return derivedRow(
    {
      period: o.period.label,
      series: o.series,
      seriesLabel: label,
      sourceId: o.sourceId,
      origin: originOf(o),
    },
    mbdFromMt(o.value, bblPerTonne, o.period),
    "mb/d",
    `${o.valueText} Mt × ${bblPerTonne} bbl/t ÷ ${o.period.days} days`,
  );
}

function annualView(
  bundle: DataBundle,
  bblPerTonne: number | null,
  year: number,
  unit: OilUnit,
): DraftView {
  const value = oilValue(unit);
  const data = bundle.datasets.crude_annual;
  const ytd = bundle.datasets.crude_monthly.filter((o) => o.series === "russia_ytd");
  const lastYear = Math.max(
    year + 1,
    ...data.filter((o) => o.series === "russia").map((o) => Math.floor(o.period.lastMonth / 12)),
    ...ytd.map((o) => Math.floor(o.period.lastMonth / 12)),
  );
  const years = yearRange(2014, lastYear);
  const series: ChartSeries[] = [];
  const rows: PanelRow[] = [];
  const partialOf = new Map<number, string>();
  for (const [i, id] of (["russia", "saudi_arabia"] as const).entries()) {
    const points = years.map((y): ChartPoint => {
      const row = value(data, "crude_annual", id, String(y), bblPerTonne);
      if (row) {
        rows.push(row);
        return { x: String(y), y: row.value, basis: row.basis, tip: String(y) };
      }
      // No whole-year figure: the longest year-to-date span of that year, shown for what it is (a
      // part of the year, in its own average rate or total), never extrapolated to a year.
      const span = id === "russia" ? longestYearToDate(ytd, y, unit) : undefined;
      const partial = span && partialRow(span, unit, bblPerTonne);
      if (!span || !partial) return { x: String(y), y: null, basis: null, tip: String(y) };
      rows.push(partial);
      const months = monthSpanLabel(span.period.label);
      partialOf.set(y, months);
      return {
        x: String(y),
        y: partial.value,
        basis: partial.basis,
        tip: `${y}, ${months} only (partial year)`,
        partial: months,
      };
    });
    series.push({ id, label: seriesLabel("crude_annual", id), kind: "bar", colour: i, points });
  }
  const labels = years.map((y) => (partialOf.has(y) ? `${y} (${partialOf.get(y)})` : String(y)));
  for (const s of series) s.points.forEach((p, i) => (p.x = labels[i]!));
  const claim = bundle.datasets.article.find((o) => o.series === "crude_exports_russia_to_china");
  const annotations: ChartAnnotation[] = eventLines(
    bundle.events,
    "oil",
    years[0]!,
    years[years.length - 1]!,
  );
  const record = rows.find((r) => r.series === "russia" && r.period === String(year));
  if (claim && record) {
    annotations.push({
      kind: "label",
      x: years.indexOf(year),
      y: record.value,
      // The article's words as stated; in another unit, the bar's own value beside them.
      label: `Article: “a record” ${claim.valueText} ${claim.unit}${claim.unit === unit ? "" : `; ${year}: ${formatNumber(record.value, 2)} ${unit}`}`,
    });
  }
  return {
    id: "annual",
    label: "By year",
    chart: {
      xType: "category",
      labels,
      xTitle: partialOf.size > 0 ? "Year (a partial year says which months)" : "Year",
      yTitle: OIL_AXIS[unit],
      yUnit: unit,
      stacked: false,
      series,
      annotations,
    },
    rows,
    context:
      partialOf.size > 0
        ? `Years with only tonnage are converted at the crude factor (hatched). ${[...partialOf].map(([y, m]) => `${y} shows ${m} only: no source states the whole year`).join("; ")}${unit === "Mt" ? " (its bar is the months' total, not a year's)" : ""}.`
        : "Years with only tonnage are converted at the crude factor (hatched).",
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
      ...monthYears(bundle, year).map((y) =>
        monthlyView(bundle, bblPerTonne, y, unit, y === year ? "monthly" : `monthly-${y}`),
      ),
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
