import type { ChartSpec } from "../chart/spec";
import type { PanelRow } from "./rows";

export interface PanelView {
  id: string;
  /** Tab label when a panel has more than one view. */
  label: string;
  chart: ChartSpec;
  rows: PanelRow[];
  /** What the chart shows, for screen readers (the table holds every number). */
  description: string;
}

export interface Panel {
  id: string;
  title: string;
  /** One line: what the reader should take away. */
  takeaway: string;
  /** Publishers behind the numbers, for the caption and the PNG. */
  sourceLine: string;
  views: PanelView[];
  /** Metrics the panel's "How is this computed?" explains. */
  metricIds: string[];
  checkIds: string[];
}
