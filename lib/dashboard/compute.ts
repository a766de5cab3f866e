// Everything the dashboard shows, computed from the data and the reader's view. The server runs
// it once for the published data in the default view: that is the static HTML and the browser's
// first render, and all of the data the first render gets. The browser imports this module (and
// fetches the published data) only when the reader changes the view or brings data, so neither
// the metric, check and panel code nor the datasets are part of the first load.
import { computeChecks } from "../checks/registry";
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import type { Source } from "../data/types";
import { computeMetrics } from "../metrics/registry";
import type { Metric } from "../metrics/types";
import { buildPanels } from "../panels";
import { buildHeadlines, type Headline } from "../panels/headlines";
import type { PanelRow } from "../panels/rows";
import type { Panel, PanelView } from "../panels/types";
import type { ViewState } from "../view/state";
import { controlsData, type ControlsData } from "./controls";

/**
 * A panel view as the dashboard holds it. `rows: null`: left out of the page the server sends
 * (a third of it); a table or a download asks for them, and they come with the recompute code.
 */
export type ShownView = Omit<PanelView, "rows"> & { rows: PanelRow[] | null };
export type ShownPanel = Omit<Panel, "views"> & { views: ShownView[] };

export interface DashboardModel<P extends ShownPanel = ShownPanel> {
  metrics: Metric[];
  checks: Check[];
  headlines: Headline[];
  panels: P[];
  controls: ControlsData;
  /** The sources the metrics cite, for "How is this computed?". */
  metricSources: Source[];
}

export function sourcesCited(bundle: DataBundle, metrics: readonly Metric[]): Source[] {
  const cited = new Set(metrics.flatMap((m) => m.inputs.map((i) => i.sourceId)));
  return bundle.sources.filter((s) => cited.has(s.id));
}

/** The steps one by one, so the client recomputes only what a change touches. */
export const dashboardSteps = {
  computeMetrics,
  computeChecks,
  buildHeadlines,
  buildPanels,
  controlsData,
  sourcesCited,
};
export type DashboardSteps = typeof dashboardSteps;

/** The model without the panels' rows: what `/` sends with its HTML. */
export function withoutRows(model: DashboardModel<Panel>): DashboardModel {
  return {
    ...model,
    panels: model.panels.map((p) => ({ ...p, views: p.views.map((v) => ({ ...v, rows: null })) })),
  };
}

export function computeDashboard(bundle: DataBundle, view: ViewState): DashboardModel<Panel> {
  const metrics = computeMetrics(bundle, view.scenario);
  const checks = computeChecks(bundle, metrics, view.scenario);
  return {
    metrics,
    checks,
    headlines: buildHeadlines(bundle, checks, metrics),
    panels: buildPanels(bundle, metrics, view.scenario, view),
    controls: controlsData(bundle),
    metricSources: sourcesCited(bundle, metrics),
  };
}
