// Length: one pure mapping, most of it the switch over the eight annotation kinds.
// ChartSpec → Chart.js configuration. Pure: colours and patterns come in as arguments, so the
// client decides the theme and this stays testable without a canvas.
import type { ChartConfiguration, ChartDataset, ScriptableContext } from "chart.js";
import type { AnnotationOptions } from "chartjs-plugin-annotation";
import type { Basis } from "../data/types";
import { formatWithUnit } from "../format";
import type {} from "./label-plugin"; // the labelLayout plugin's options type
import { numberedAnnotations, PALETTE, type ChartAnnotation, type ChartSpec } from "./spec";
import { wrapTitle } from "./wrap-title";

export interface Theme {
  text: string;
  grid: string;
  annotation: string;
  band: string;
  /** Behind annotation text, so it stays readable over bars. */
  labelBackground: string;
  /** A hatched fill for derived values; the client builds it on a canvas. */
  hatch(colour: string): CanvasPattern | string;
}

type AnyConfig = ChartConfiguration<
  "bar" | "line",
  { x: number | string; y: number | null }[],
  string
>;

/** How a value's basis shows: reported solid, derived hatched, estimate hollow, capacity dashed. */
export function fillFor(basis: Basis | null, colour: string, theme: Theme): CanvasPattern | string {
  if (basis === "derived") return theme.hatch(colour);
  if (basis === "estimate") return "transparent";
  return colour;
}

/**
 * The shape of an annotation (line, band, box, bracket), without its label: labels are placed by
 * lib/chart/label-plugin.ts, clear of the data and of each other. A point label has no shape.
 */
function annotation(a: ChartAnnotation, theme: Theme): AnnotationOptions | null {
  switch (a.kind) {
    case "vline":
      return {
        type: "line",
        xMin: a.x,
        xMax: a.x,
        borderColor: theme.annotation,
        borderWidth: 1,
        borderDash: [3, 3],
      };
    case "hline":
      return {
        type: "line",
        yMin: a.y,
        yMax: a.y,
        borderColor: theme.annotation,
        borderWidth: 2,
        borderDash: [6, 4],
      };
    case "segment":
      return {
        type: "line",
        xMin: a.xMin,
        xMax: a.xMax,
        yMin: a.y,
        yMax: a.y,
        borderColor: theme.annotation,
        borderWidth: 2,
        borderDash: a.status === "in_force" ? [6, 4] : [2, 3],
      };
    case "yband":
      return {
        type: "box",
        yMin: a.yMin,
        yMax: a.yMax,
        backgroundColor: theme.band,
        borderWidth: 0,
      };
    case "xband":
      return {
        type: "box",
        xMin: a.xMin,
        xMax: a.xMax,
        backgroundColor: theme.band,
        borderWidth: 0,
      };
    case "box":
      return {
        type: "box",
        xMin: a.xMin,
        xMax: a.xMax,
        yMin: a.yMin,
        yMax: a.yMax,
        backgroundColor: theme.band,
        borderColor: theme.annotation,
        borderWidth: 1,
        borderDash: [2, 2],
      };
    case "bracket":
      return {
        type: "line",
        xMin: a.x,
        xMax: a.x,
        yMin: a.yMin,
        yMax: a.yMax,
        borderColor: theme.annotation,
        borderWidth: 2,
        arrowHeads: {
          start: { display: true, length: 6, width: 4 },
          end: { display: true, length: 6, width: 4 },
        },
      };
    case "label":
      return null;
  }
}

/**
 * The share of the y range left free above the data: 12%, or 25% on a phone for a chart with
 * events, whose numbered markers then need rows of their own above the bars (at 375 px a 12% strip
 * held one row, and markers of events months apart ended up on the bars).
 */
function headroom(spec: Pick<ChartSpec, "annotations">, compact: boolean): number {
  return compact && spec.annotations.some((a) => a.kind === "vline") ? 0.25 : 0.12;
}

/** Highest value any annotation reaches, so the y axis leaves room for it and its label. */
export function annotationTop(annotations: readonly ChartAnnotation[]): number | undefined {
  const tops = annotations.flatMap((a) => ("yMax" in a ? [a.yMax] : "y" in a ? [a.y] : []));
  return tops.length ? Math.max(...tops) : undefined;
}

/**
 * Whether two bar series that are not stacked together have values at the same x. Chart.js
 * keeps a slot for every bar series at every x; series that never share one would each sit off
 * centre beside an empty slot, so they are drawn ungrouped instead (each bar centred on its x).
 */
export function barsShareAPeriod(spec: ChartSpec): boolean {
  const bars = spec.series.filter((s) => s.kind === "bar");
  const stacks = new Map<string, Set<string>>();
  for (const s of bars) {
    const xs = stacks.get(s.stack ?? s.id) ?? new Set<string>();
    for (const p of s.points) if (p.y !== null) xs.add(String(p.x));
    stacks.set(s.stack ?? s.id, xs);
  }
  const sets = [...stacks.values()];
  return sets.some((a, i) => sets.slice(i + 1).some((b) => [...a].some((x) => b.has(x))));
}

/**
 * `hiddenSeries`: the series the reader turned off in the legend, which is HTML beside the chart
 * (SeriesLegend), not Chart.js's canvas legend: buttons reach the keyboard and screen readers.
 */
export function toChartJsConfig(
  spec: ChartSpec,
  theme: Theme,
  compact = false,
  hiddenSeries: readonly string[] = [],
): AnyConfig {
  const grouped = barsShareAPeriod(spec);
  const datasets = spec.series.map((s) => {
    const colour = PALETTE[s.colour % PALETTE.length]!;
    const data = s.points.map((p) => ({ x: p.x, y: p.y }));
    const basisAt = (i: number) => s.points[i]?.basis ?? null;
    const common = {
      label: s.label,
      data,
      hidden: hiddenSeries.includes(s.id),
      borderColor: colour,
      stack: s.stack ?? s.id,
    };
    if (s.kind === "line") {
      return {
        ...common,
        type: "line" as const,
        backgroundColor: colour,
        spanGaps: false,
        pointRadius: 4,
        pointStyle: (ctx: ScriptableContext<"line">) =>
          basisAt(ctx.dataIndex) === "derived" ? "rectRot" : "circle",
        pointBackgroundColor: (ctx: ScriptableContext<"line">) =>
          basisAt(ctx.dataIndex) === "derived" ? "transparent" : colour,
        segment: {
          borderDash: (ctx: { p1DataIndex: number }) =>
            basisAt(ctx.p1DataIndex) === "derived" ? [4, 3] : undefined,
        },
      } as ChartDataset<"line", { x: number | string; y: number | null }[]>;
    }
    return {
      ...common,
      type: "bar" as const,
      grouped,
      borderWidth: 1.5,
      // A value that covers only part of its category (January–October of a year) is drawn as an
      // outline with a dashed edge: never mistaken for a whole year's bar.
      borderDash: (ctx: ScriptableContext<"bar">) =>
        s.points[ctx.dataIndex]?.partial ? [4, 3] : [],
      backgroundColor: (ctx: ScriptableContext<"bar">) =>
        s.points[ctx.dataIndex]?.partial
          ? "transparent"
          : fillFor(basisAt(ctx.dataIndex), colour, theme),
    } as ChartDataset<"bar", { x: number | string; y: number | null }[]>;
  });
  const tickLabels = new Map((spec.xTicks ?? []).map((t) => [t.value, t.label]));
  return {
    type: "bar",
    data: {
      labels: spec.xType === "category" ? spec.labels : undefined,
      datasets: datasets as AnyConfig["data"]["datasets"],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: { xAxisKey: "x", yAxisKey: "y" },
      interaction: { mode: "nearest", intersect: false },
      scales: {
        x: {
          type: spec.xType,
          stacked: spec.stacked,
          min: spec.xMin,
          max: spec.xMax,
          title: { display: true, text: spec.xTitle, color: theme.text },
          ticks: {
            color: theme.text,
            autoSkip: true,
            maxRotation: 0,
            ...(spec.xType === "linear"
              ? { callback: (v: string | number) => tickLabels.get(Number(v)) ?? "" }
              : {}),
          },
          // A linear month axis starts half a month early so the first month is not on the edge;
          // its ticks are the months themselves, not Chart.js's round numbers.
          ...(spec.xTicks
            ? {
                afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
                  axis.ticks = spec.xTicks!.map((t) => ({ value: t.value }));
                },
              }
            : {}),
          grid: { color: theme.grid },
        },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          min: spec.yMin,
          max: spec.yMax,
          // A strip above the tallest bar, where labels and event markers fit without covering data.
          grace: `${Math.round(headroom(spec, compact) * 100)}%`,
          suggestedMax: (() => {
            const top = annotationTop(spec.annotations);
            return top === undefined ? undefined : top * (1 + headroom(spec, compact));
          })(),
          title: {
            display: true,
            // About 40 characters fit along the plot's height (the chart box is as tall on a
            // phone as on a desktop); longer titles take two lines.
            text: wrapTitle(spec.yTitle, 40),
            color: theme.text,
          },
          ticks: { color: theme.text },
          grid: { color: theme.grid },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => {
              const item = items[0];
              if (!item) return "";
              return spec.series[item.datasetIndex]?.points[item.dataIndex]?.tip ?? "";
            },
            label: (item) => {
              const point = spec.series[item.datasetIndex]?.points[item.dataIndex];
              const basis = point?.basis ? ` (${point.basis})` : "";
              return `${item.dataset.label}: ${formatWithUnit(point?.y ?? null, spec.yUnit)}${basis}`;
            },
          },
        },
        annotation: {
          annotations: spec.annotations
            .map((a) => annotation(a, theme))
            .filter((a): a is AnnotationOptions => a !== null),
        },
        labelLayout: {
          items: numberedAnnotations(spec.annotations),
          size: compact ? 10 : 11,
          color: theme.text,
          background: theme.labelBackground,
          border: theme.annotation,
        },
      },
    },
  } as AnyConfig;
}
