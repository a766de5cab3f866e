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
import type { Panel } from "../panels/types";
import type { ViewState } from "../view/state";
import { controlsData, type ControlsData } from "./controls";

export interface DashboardModel {
  metrics: Metric[];
  checks: Check[];
  headlines: Headline[];
  panels: Panel[];
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

export function computeDashboard(bundle: DataBundle, view: ViewState): DashboardModel {
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
