"use client";
// One panel, framed by another site: title, view name, legend, chart, how values are drawn,
// events, source line and a link back to the same view on the dashboard. The view in the query
// string is applied after hydration with the dashboard's own recompute code. `data-state` says
// "ready" only once the chart has drawn the view asked for: a host page or a screenshot taken
// then shows that view, never the default one it replaces.
import { useEffect, useRef, useState } from "react";
import type { Chart as ChartJS } from "chart.js";
import type { ChartSpec } from "@/lib/chart/spec";
import type { ShownPanel } from "@/lib/dashboard/compute";
import { dashboardLink } from "@/lib/publish/embed";
import { parseViewState } from "@/lib/view/parse";
import { serializeViewState } from "@/lib/view/state";
import { BasisLegend } from "../components/BasisLegend";
import { ChartKey } from "../components/ChartKey";
import { LoadFailed } from "../components/LoadFailed";
import { loadPublishedBundle } from "../components/published-bundle";
import { SeriesLegend } from "../components/SeriesLegend";
import { useLazyModule } from "../components/use-lazy-module";

// Chart.js draws on a canvas, in the browser only: the chart module loads after hydration.
const loadChart = () => import("../components/PanelChart");

async function recomputePanel(search: string, panelId: string): Promise<ShownPanel | null> {
  const view = parseViewState(search);
  // The dashboard's own pipeline: one panel of the view, computed the way `/` computes it.
  const [{ computeDashboard }, bundle] = await Promise.all([
    import("@/lib/dashboard/compute"),
    loadPublishedBundle(),
  ]);
  return computeDashboard(bundle, view).panels.find((p) => p.id === panelId) ?? null;
}

export function EmbedPanel({ initial }: { initial: ShownPanel }) {
  const [panel, setPanel] = useState<ShownPanel>(initial);
  const [viewId, setViewId] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState("");
  // The view's computation: "pending" until the query string has been read after hydration.
  const [computed, setComputed] = useState<"pending" | "done" | "failed">("pending");
  // The spec the chart last drew.
  const [drawn, setDrawn] = useState<ChartSpec | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  const chartRef = useRef<ChartJS | null>(null);
  const chart = useLazyModule(loadChart, true);
  const PanelChart = chart.module?.default;

  useEffect(() => {
    const query = window.location.search;
    const view = parseViewState(query);
    /* eslint-disable react-hooks/set-state-in-effect -- the URL is only readable after hydration */
    setSearch(query);
    setViewId(view.views[initial.id]);
    if (serializeViewState({ ...view, views: {}, tables: [], panel: null }) === "")
      return setComputed("done");
    /* eslint-enable react-hooks/set-state-in-effect */
    recomputePanel(query, initial.id).then(
      (p) => {
        if (p) setPanel({ ...p, views: p.views.map((v) => ({ ...v, rows: null })) });
        setComputed(p ? "done" : "failed");
      },
      () => setComputed("failed"),
    );
  }, [initial.id]);

  const view = panel.views.find((v) => v.id === viewId) ?? panel.views[0]!;
  const toggle = (id: string) =>
    setHidden((h) => (h.includes(id) ? h.filter((s) => s !== id) : [...h, id]));
  const back = dashboardLink(search, panel.id);
  const state =
    computed === "failed" || chart.error
      ? "failed"
      : computed === "done" && drawn === view.chart
        ? "ready"
        : "computing";
  return (
    <article
      className="embed"
      data-embed={panel.id}
      data-state={state}
      aria-busy={state === "computing"}
      aria-labelledby="embed-title"
    >
      <h1 id="embed-title" className="embed-title">
        {panel.title}
        {panel.views.length > 1 && <span className="embed-view"> · {view.label}</span>}
      </h1>
      <p className="embed-takeaway">{panel.takeaway}</p>
      {state === "failed" && (
        <p role="alert" className="problem">
          This view could not be computed; the chart shows the published data in the default view.
        </p>
      )}
      <SeriesLegend series={view.chart.series} hidden={hidden} onToggle={toggle} />
      <div className="chart-box embed-chart">
        {PanelChart ? (
          <PanelChart
            key={view.id}
            spec={view.chart}
            label={`${panel.title}, ${view.label}`}
            description={view.description}
            chartRef={chartRef}
            hiddenSeries={hidden}
            onShown={setDrawn}
          />
        ) : chart.error ? (
          <LoadFailed what="The chart" error={chart.error} retry={chart.retry} />
        ) : (
          <p className="muted">Loading chart…</p>
        )}
      </div>
      <footer className="embed-footer">
        <BasisLegend bases={view.bases} />
        <ChartKey annotations={view.chart.annotations} />
        <p className="source-line">{panel.sourceLine}</p>
        <p className="source-line">
          <a href={back} target="_blank" rel="noopener">
            Russia–China energy trade, sourced: every number, its source and the data
          </a>
        </p>
      </footer>
    </article>
  );
}
