import type { CheckId } from "../checks/types";
import type { MetricId } from "../metrics/ids";
import type { ChartSpec } from "../chart/spec";
import type { Basis } from "../data/types";
import type { PanelRow } from "./rows";

export interface PanelView {
  id: string;
  /** Tab label when a panel has more than one view. */
  label: string;
  chart: ChartSpec;
  rows: PanelRow[];
  /** What the chart shows, for screen readers (the table holds every number): written from the chart. */
  description: string;
  /** What the numbers alone do not say (scope, conventions), appended to the description. */
  context: string;
  /** The kinds of value the chart draws, for its basis legend. */
  bases: Basis[];
}

/** A view as a panel builder makes it; buildPanels writes the description once the view is final. */
export type DraftView = Omit<PanelView, "description" | "bases">;

export interface DraftPanel extends Omit<Panel, "views"> {
  views: DraftView[];
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
  metricIds: MetricId[];
  checkIds: CheckId[];
}
