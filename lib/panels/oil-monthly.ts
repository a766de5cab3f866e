// Oil by month: one view per year with single months published.
import type { DataBundle } from "../data/bundle";
import type { Observation, Period } from "../data/types";
import { seriesLabel } from "../data/datasets";
import type { ChartAnnotation, ChartPoint } from "../chart/spec";
import { formatNumber } from "../format";
import { rowFromObservation, type PanelRow } from "./rows";
import { covers } from "../data/period";
import type { OilUnit } from "../view/state";
import type { DraftView } from "./types";
import { MONTHS, OIL_AXIS, monthSpanLabel, oilValue } from "./oil-values";

/**
 * The twelve months of `year` cut into the periods customs published (months published together
 * stay together); months no period covers are categories of their own with no value, so a gap
 * shows as a gap. Year-to-date totals cover the months beside them and are left out.
 */
function monthPartition(rows: readonly Observation[], year: number): (Period | number)[] {
  const inYear = [
    ...new Map(
      rows
        .filter((o) => o.series === "russia" && Math.floor(o.period.firstMonth / 12) === year)
        .map((o) => [o.period.label, o.period]),
    ).values(),
  ];
  const periods = inYear.filter((p) => !inYear.some((q) => q !== p && covers(p, q)));
  const parts: (Period | number)[] = [];
  for (let m = year * 12; m < year * 12 + 12;) {
    const p = periods.find((x) => x.firstMonth === m);
    parts.push(p ?? m);
    m = p ? p.lastMonth + 1 : m + 1;
  }
  return parts;
}

export function monthlyView(
  bundle: DataBundle,
  bblPerTonne: number | null,
  year: number,
  unit: OilUnit,
  id: string,
): DraftView {
  const value = oilValue(unit);
  const data = bundle.datasets.crude_monthly;
  const parts = monthPartition(data, year);
  const periods = parts.filter((p): p is Period => typeof p !== "number").map((p) => p.label);
  const rows = periods
    .map((p) => value(data, "crude_monthly", "russia", p, bblPerTonne))
    .filter((r): r is PanelRow => r !== null);
  // The rows as published stay in the table beside the rates, so the reader sees both.
  const shown = new Set(rows.map((r) => `${r.period}|${r.unit}|${r.valueText}`));
  for (const o of data.filter((o) => o.series === "russia" && periods.includes(o.period.label))) {
    if (!shown.has(`${o.period.label}|${o.unit}|${o.valueText}`))
      rows.push(rowFromObservation(o, seriesLabel("crude_monthly", "russia")));
  }
  const points = parts.map((p): ChartPoint => {
    if (typeof p === "number") {
      const x = MONTHS[p % 12]!;
      return { x, y: null, basis: null, tip: `${x} ${year}: no data` };
    }
    const r = rows.find((row) => row.period === p.label && row.unit === unit);
    const x = monthSpanLabel(p.label);
    return {
      x,
      y: r?.value ?? null,
      basis: r?.basis ?? null,
      tip: r ? p.label : `${x} ${year}: no data`,
    };
  });
  const labels = points.map((p) => String(p.x));
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
  const missing = points.filter((p) => p.y === null).length;
  return {
    id,
    label: `By month, ${year}`,
    chart: {
      xType: "category",
      labels,
      xTitle: `${year} (months published together stay together)`,
      yTitle: unit === "Mt" ? "Million tonnes per year, annualised (Mt)" : OIL_AXIS[unit],
      yUnit: unit,
      stacked: false,
      series: [{ id: "russia", label: "From Russia", kind: "bar", colour: 0, points }],
      annotations,
    },
    rows,
    context: `Months published together stay together.${missing > 0 ? ` ${missing} of the ${parts.length} periods have no published figure: no bar.` : ""}`,
  };
}

/** The claim year, then every later year with a single month (not only year-to-date totals). */
export function monthYears(bundle: DataBundle, year: number): number[] {
  const later = bundle.datasets.crude_monthly
    .filter((o) => o.series === "russia" && o.period.firstMonth >= (year + 1) * 12)
    .map((o) => Math.floor(o.period.firstMonth / 12));
  return [year, ...new Set(later)].sort((a, b) => a - b);
}
