// Reader's view choices applied to a panel view: a time range and "change on the previous year".
// Pure functions on plain data; the panels are built first, then narrowed or transformed.
import type { ChartAnnotation, ChartPoint } from "../chart/spec";
import type { DraftView } from "./types";
import { derivedRow, type PanelRow } from "./rows";
import { formatNumber } from "../format";
import { changeAxis } from "../view/change-axis";

// A yearly category is its year, or its year and the months a partial year covers: "2025 (Jan–Oct)".
const isYear = (label: string) => /^\d{4}( \(.+\))?$/.test(label);
const yearOfLabel = (label: string) => Number(label.slice(0, 4));

/** Whether a view's x axis is years (the only kind the range and change controls apply to). */
export function isYearly(view: DraftView): boolean {
  return (
    view.chart.xType === "category" &&
    view.chart.labels.length > 0 &&
    view.chart.labels.every(isYear)
  );
}

function shiftAnnotation(a: ChartAnnotation, by: number, count: number): ChartAnnotation | null {
  const inside = (x: number) => x >= -0.5 && x <= count - 0.5;
  switch (a.kind) {
    case "vline":
    case "label":
    case "bracket":
      return inside(a.x - by) ? { ...a, x: a.x - by } : null;
    case "box":
    case "xband": {
      const xMin = Math.max(a.xMin - by, -0.5);
      const xMax = Math.min(a.xMax - by, count - 0.5);
      return xMin < xMax ? { ...a, xMin, xMax } : null;
    }
    default:
      return a;
  }
}

function periodYears(period: string): [number, number] {
  const years = period.match(/\d{4}/g)?.map(Number) ?? [];
  return [Math.min(...years), Math.max(...years)];
}

/** Keeps the years from `from` to `to` (inclusive); other views are returned unchanged. */
export function clipYears(view: DraftView, from: number | null, to: number | null): DraftView {
  if (!isYearly(view) || (from === null && to === null)) return view;
  const years = view.chart.labels.map(yearOfLabel);
  const keep = years.map((y) => (from === null || y >= from) && (to === null || y <= to));
  const first = keep.indexOf(true);
  if (first === -1)
    return {
      ...view,
      chart: {
        ...view.chart,
        labels: [],
        series: view.chart.series.map((s) => ({ ...s, points: [] })),
        annotations: [],
      },
      rows: [],
    };
  const labels = view.chart.labels.filter((_, i) => keep[i]);
  const rows = view.rows.filter((r) => {
    const [a, b] = periodYears(r.period);
    return (from === null || b >= from) && (to === null || a <= to);
  });
  return {
    ...view,
    rows,
    chart: {
      ...view.chart,
      labels,
      series: view.chart.series.map((s) => ({ ...s, points: s.points.filter((_, i) => keep[i]) })),
      annotations: view.chart.annotations
        .map((a) => shiftAnnotation(a, first, labels.length))
        .filter((a): a is ChartAnnotation => a !== null),
    },
  };
}

/** Percentage change from the previous year; `null` when either year is missing or zero. */
export function changePct(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null || previous === 0) return null;
  return (current / previous - 1) * 100;
}

/** Every series as its change on the previous year, in %. Absolute annotations no longer apply. */
export function toChange(view: DraftView): DraftView {
  if (!isYearly(view)) return view;
  const rows: PanelRow[] = [];
  const series = view.chart.series.map((s) => {
    const points: ChartPoint[] = s.points.map((p, i) => {
      const prev = i > 0 ? s.points[i - 1]! : null;
      // A partial year has no change on a whole one: ten months' total against twelve is no change.
      const y = p.partial || prev?.partial ? null : changePct(prev?.y ?? null, p.y);
      if (y === null || !prev) return { ...p, y: null, basis: null };
      const source = view.rows.find(
        (r) => r.period === String(p.x) && (r.series === s.id || r.seriesLabel === s.label),
      );
      rows.push(
        derivedRow(
          {
            period: String(p.x),
            series: `${s.id}_change`,
            seriesLabel: `${s.label}, change on ${prev.x}`,
            sourceId: source?.sourceId ?? "",
            origin: source?.origin,
          },
          y,
          "%",
          `(${p.y} ÷ ${prev.y} − 1) × 100`,
        ),
      );
      return { ...p, y, basis: "derived" };
    });
    return { ...s, points, stack: undefined };
  });
  const axis = changeAxis(
    series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y]))),
  );
  // A value drawn off scale is written where its bar leaves the chart.
  const offScale: ChartAnnotation[] = series.flatMap((s) =>
    s.points.flatMap((p, i) =>
      p.y !== null && axis.yMax !== undefined && p.y > axis.yMax
        ? [
            {
              kind: "label" as const,
              x: i,
              y: axis.yMax * 0.9,
              label: `${s.label} ${p.x}: +${formatNumber(p.y, 0)}% (off scale)`,
            },
          ]
        : [],
    ),
  );
  return {
    ...view,
    rows: [...rows, ...view.rows],
    chart: {
      ...view.chart,
      series,
      stacked: false,
      yTitle: "Change on the previous year (%)",
      yUnit: "%",
      yMin: axis.yMin,
      yMax: axis.yMax,
      annotations: [...offScale, ...view.chart.annotations.filter((a) => a.kind === "vline")],
    },
  };
}
