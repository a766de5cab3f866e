// What the dashboard shows, as plain data: the server sends it with the page, and the browser's
// pipeline (pipeline.ts) produces it on every change of data or view.
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import type { Source } from "../data/types";
import type { Metric } from "../metrics/types";
import type { Headline } from "../panels/headlines";
import type { PanelRow } from "../panels/rows";
import type { Panel, PanelView } from "../panels/types";
import type { ControlsData } from "./controls";

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

/** A panel with the metrics and checks its "How is this computed?" explains. */
export interface PanelSection<P extends ShownPanel = Panel> {
  panel: P;
  metrics: Metric[];
  checks: Check[];
}

/**
 * The sections of a model that did not come through a pipeline (the server's first view): the
 * same selection the pipeline makes. Kept here, out of the pipeline's module, because the page's
 * first load needs it and must not load the metric, check and panel code.
 */
export function sectionsOf<P extends ShownPanel>(model: DashboardModel<P>): PanelSection<P>[] {
  return model.panels.map((panel) => ({
    panel,
    metrics: model.metrics.filter((m) => panel.metricIds.includes(m.id)),
    checks: model.checks.filter((c) => panel.checkIds.includes(c.id)),
  }));
}
