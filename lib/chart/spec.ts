// A chart as plain data: what the server shapes and the client hands to Chart.js.
import type { Basis } from "../data/types";

export interface ChartPoint {
  /** Category label (category axis) or number (linear axis). */
  x: string | number;
  y: number | null;
  basis: Basis | null;
  /** Shown in the tooltip: the period as written, e.g. "Jul–Aug". */
  tip: string;
  /** Set when the value covers only part of the x category (January–October of a year): drawn distinctly. */
  partial?: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  kind: "bar" | "line";
  /** Bars with the same stack id sit on top of each other. */
  stack?: string;
  /** Index into the fixed palette, so a series keeps its colour across panels. */
  colour: number;
  points: ChartPoint[];
}

export type ChartAnnotation =
  | { kind: "vline"; x: number; label: string; date: string }
  | { kind: "hline"; y: number; label: string }
  /**
   * A level that applies over part of the axis only (a capacity from the date it applied): in
   * force drawn dashed, agreed or a memorandum dotted.
   */
  | {
      kind: "segment";
      xMin: number;
      xMax: number;
      y: number;
      label: string;
      status: "in_force" | "agreed" | "memorandum";
    }
  | { kind: "yband"; yMin: number; yMax: number; label: string }
  | { kind: "xband"; xMin: number; xMax: number; label: string }
  | { kind: "box"; xMin: number; xMax: number; yMin: number; yMax: number; label: string }
  | { kind: "label"; x: number; y: number; label: string }
  /** A vertical span at one x, from one value to another: "this much was lost". */
  | { kind: "bracket"; x: number; yMin: number; yMax: number; label: string };

export interface ChartSpec {
  xType: "category" | "linear";
  /** Category labels, in order (category axis only). */
  labels: string[];
  /** Tick labels for a linear axis: value → text. */
  xTicks?: { value: number; label: string }[];
  xMin?: number;
  xMax?: number;
  xTitle: string;
  yTitle: string;
  yUnit: string;
  /** Fixed ends of the y axis, when the data's own range would mislead (lib/panels/transform.ts). */
  yMin?: number;
  yMax?: number;
  stacked: boolean;
  series: ChartSeries[];
  annotations: ChartAnnotation[];
}

/** Okabe–Ito: distinguishable with the common forms of colour blindness. */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#999999",
] as const;

/** Each annotation with its number in the chart's key (1, 2, … in the spec's order). */
export const numberedAnnotations = (annotations: readonly ChartAnnotation[]) =>
  annotations.map((annotation, i) => ({ annotation, number: i + 1 }));
