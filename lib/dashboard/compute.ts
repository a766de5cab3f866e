// Everything the dashboard shows, computed from the data and the reader's view. The server runs
// it once for the published data in the default view: that is the static HTML and the browser's
// first render. The browser imports this module only when the reader changes the view or brings
// data, so the metric, check and panel code is not part of the first load.
import { computeChecks } from "../checks/registry";
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import { computeMetrics } from "../metrics/registry";
import type { Metric } from "../metrics/types";
import { buildPanels } from "../panels";
import { buildHeadlines, type Headline } from "../panels/headlines";
import type { Panel } from "../panels/types";
import type { ViewState } from "../view/state";

export interface DashboardModel {
  metrics: Metric[];
  checks: Check[];
  headlines: Headline[];
  panels: Panel[];
}

/** The steps one by one, so the client recomputes only what a change touches. */
export const dashboardSteps = { computeMetrics, computeChecks, buildHeadlines, buildPanels };
export type DashboardSteps = typeof dashboardSteps;

export function computeDashboard(bundle: DataBundle, view: ViewState): DashboardModel {
  const metrics = computeMetrics(bundle, view.scenario);
  const checks = computeChecks(bundle, metrics, view.scenario);
  return {
    metrics,
    checks,
    headlines: buildHeadlines(bundle, checks, metrics),
    panels: buildPanels(bundle, metrics, view.scenario, view),
  };
}
