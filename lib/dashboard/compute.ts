// Everything the dashboard shows, computed once: what the server sends with `/` (the published
// data in the default view) and what the build and the CLI compute. The steps and their order
// are in pipeline.ts; the browser keeps a pipeline of its own and runs it on every change.
import type { DataBundle } from "../data/bundle";
import type { Panel } from "../panels/types";
import type { ViewState } from "../view/state";
import type { DashboardModel } from "./model";
import { createPipeline } from "./pipeline";

export type { DashboardModel, PanelSection, ShownPanel, ShownView } from "./model";
export { sectionsOf, sourcesCited } from "./model";

/** The model without the panels' rows: what `/` sends with its HTML. */
export function withoutRows(model: DashboardModel<Panel>): DashboardModel {
  return {
    ...model,
    panels: model.panels.map((p) => ({ ...p, views: p.views.map((v) => ({ ...v, rows: null })) })),
  };
}

/** One run of a fresh pipeline: plain data, so it crosses from server to browser as props. */
export function computeDashboard(bundle: DataBundle, view: ViewState): DashboardModel<Panel> {
  const { metrics, checks, headlines, panels, controls, metricSources } = createPipeline()(
    bundle,
    view,
  );
  return { metrics, checks, headlines, panels, controls, metricSources };
}

// The browser imports this module for its own pipeline (Dashboard.tsx, and the upload prefetches
// it), so both name the same chunk.
export { createPipeline, type Pipeline } from "./pipeline";
export { prepareRun } from "./prepare";
