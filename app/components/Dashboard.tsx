"use client";
// The dashboard's state: which data (published or the reader's), which scenario and which view.
// The published data in the default view arrives computed from the server (`initial`); any other
// data or view is recomputed here with the same lib code the build and the CLI use. That code and
// the published data are fetched on the first change, so the first visit downloads neither.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DashboardModel } from "@/lib/dashboard/compute";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from "@/lib/view/state";
import { ChartPanel } from "./ChartPanel";
import { CheckLine } from "./CheckLine";
import { Controls } from "./Controls";
import { Headlines } from "./Headlines";
import { MetricCard } from "./MetricCard";
import { loadPublishedBundle } from "./published-bundle";
import { loadReaderData, saveReaderData } from "./reader-storage";
import { ReaderBanner, type ReaderData } from "./ReaderBanner";
import { ShareDialog } from "./ShareDialog";
import { UploadPanel } from "./upload/UploadPanel";
import { useLazyModule } from "./use-lazy-module";

const loadRecompute = () =>
  Promise.all([import("@/lib/dashboard/compute"), loadPublishedBundle()]).then(
    ([compute, published]) => ({ steps: compute.dashboardSteps, published }),
  );

export function Dashboard({
  initial,
}: {
  /** `computeDashboard(published data, DEFAULT_VIEW)`, done on the server. */
  initial: DashboardModel;
}) {
  const [reader, setReader] = useState<ReaderData | null>(null);
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const root = useRef<HTMLDivElement>(null);
  const urlApplied = useRef<"no" | "next render" | "yes">("no");
  const applyReader = useCallback((data: ReaderData | null) => {
    void saveReaderData(data);
    setReader(data);
  }, []);

  // The URL and the tab's stored upload are read once after hydration (the static HTML shows the
  // published data in the default view), then kept in step. Without either there is nothing to
  // change, and no render: a render now would force every Suspense boundary below to hydrate at
  // once. `data-hydrated` (set here, never rendered) tells tests the URL has been applied.
  useEffect(() => {
    const fromUrl = parseViewState(window.location.search);
    let live = true;
    // The stored upload is in IndexedDB (reader-storage.ts), which answers asynchronously.
    void loadReaderData().then((stored) => {
      if (!live) return;
      if (serializeViewState(fromUrl) === "" && stored === null) {
        urlApplied.current = "yes";
        root.current?.setAttribute("data-hydrated", "");
        return;
      }
      urlApplied.current = "next render";
      setView(fromUrl);
      setReader(stored);
      if (fromUrl.panel) document.getElementById(fromUrl.panel)?.scrollIntoView();
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (urlApplied.current !== "next render" || (view === DEFAULT_VIEW && reader === null)) return;
    urlApplied.current = "yes";
    root.current?.setAttribute("data-hydrated", "");
  });
  const update = useCallback((change: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...change };
      const query = serializeViewState(next);
      window.history.replaceState(
        null,
        "",
        query
          ? `?${query}${window.location.hash}`
          : window.location.pathname + window.location.hash,
      );
      return next;
    });
  }, []);

  // The server's numbers hold until the reader's data or view differ from the published default.
  const custom = reader !== null || serializeViewState(view) !== "";
  const { module: recompute, error: recomputeError, retry } = useLazyModule(loadRecompute, custom);
  const live = custom ? recompute?.steps : undefined;
  const bundle = live ? (reader?.bundle ?? recompute?.published) : undefined;
  const scenario = view.scenario;
  const metrics = useMemo(
    () => (live && bundle ? live.computeMetrics(bundle, scenario) : initial.metrics),
    [live, bundle, scenario, initial],
  );
  const checks = useMemo(
    () => (live && bundle ? live.computeChecks(bundle, metrics, scenario) : initial.checks),
    [live, bundle, metrics, scenario, initial],
  );
  const headlines = useMemo(
    () => (live && bundle ? live.buildHeadlines(bundle, checks, metrics) : initial.headlines),
    [live, bundle, checks, metrics, initial],
  );
  const { oilUnit, gasUnit, mode, fromYear, toYear } = view;
  const panels = useMemo(
    () =>
      live && bundle
        ? live.buildPanels(bundle, metrics, scenario, { oilUnit, gasUnit, mode, fromYear, toYear })
        : initial.panels,
    [live, bundle, metrics, scenario, oilUnit, gasUnit, mode, fromYear, toYear, initial],
  );
  const controls = useMemo(
    () => (live && bundle ? live.controlsData(bundle) : initial.controls),
    [live, bundle, initial],
  );
  const sources = useMemo(
    () =>
      new Map(
        (live && bundle ? live.sourcesCited(bundle, metrics) : initial.metricSources).map((s) => [
          s.id,
          s,
        ]),
      ),
    [live, bundle, metrics, initial],
  );
  // The page arrives without the panels' rows; a download in the default view computes them.
  const loadRows = useCallback(
    async (panelId: string, viewId: string) => {
      const { steps, published } = await loadRecompute();
      const data = reader?.bundle ?? published;
      const computed = steps.computeMetrics(data, view.scenario);
      const rows = steps
        .buildPanels(data, computed, view.scenario, view)
        .find((p) => p.id === panelId)
        ?.views.find((v) => v.id === viewId)?.rows;
      if (!rows) throw new Error(`no rows for the view ${panelId}/${viewId}`);
      return rows;
    },
    [reader, view],
  );
  // A panel's CSV names each row's source: all of them, so they are fetched for the download.
  const loadSources = useCallback(
    async () => (reader ? reader.bundle : await loadPublishedBundle()).sources,
    [reader],
  );
  const state = !custom || live ? "ready" : recomputeError ? "failed" : "computing";

  return (
    <div ref={root} className="dashboard" data-state={state} aria-busy={state === "computing"}>
      {recomputeError && (
        <p role="alert" className="problem">
          The numbers for this view could not be computed: the code or the published data they are
          computed from did not load ({recomputeError.message}). The page shows the published data
          in the default view.{" "}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {reader && <ReaderBanner reader={reader} onReset={() => applyReader(null)} />}
      {/* Each Suspense boundary hydrates as its own task, after the page's frame: the browser
          stays responsive while the dashboard becomes interactive (Lighthouse's TBT). */}
      <Suspense>
        <Headlines headlines={headlines} />
      </Suspense>
      <Suspense>
        <Controls view={view} data={controls} metrics={metrics} onChange={update} />
        <ShareDialog />
      </Suspense>
      {panels.map((panel) => (
        <Suspense key={panel.id}>
          <ChartPanel
            panel={panel}
            loadSources={loadSources}
            loadRows={(viewId) => loadRows(panel.id, viewId)}
            viewId={view.views[panel.id]}
            showTable={view.tables.includes(panel.id)}
            readerData={reader !== null}
            onViewChange={(id) =>
              update({ views: { ...view.views, [panel.id]: id }, panel: panel.id })
            }
            onShowTable={(table) =>
              update({
                tables: table
                  ? [...new Set([...view.tables, panel.id])]
                  : view.tables.filter((t) => t !== panel.id),
                panel: panel.id,
              })
            }
          >
            <ul className="metric-list">
              {metrics
                .filter((m) => panel.metricIds.includes(m.id))
                .map((m) => (
                  <MetricCard key={m.id} metric={m} sources={sources} />
                ))}
            </ul>
            {checks
              .filter((c) => panel.checkIds.includes(c.id))
              .map((c) => (
                <p key={c.id}>
                  <CheckLine check={c} />
                </p>
              ))}
            <p>
              <a href="/methodology">All metrics, factors and checks on the methodology page</a>
            </p>
          </ChartPanel>
        </Suspense>
      ))}
      <Suspense>
        <UploadPanel
          active={reader !== null}
          onApply={applyReader}
          onReset={() => applyReader(null)}
        />
      </Suspense>
    </div>
  );
}
