"use client";
// The dashboard's state: which data (published or the reader's), which scenario and which view.
// The published data in the default view arrives computed from the server (`initial`); any other
// data or view is recomputed here with the same lib code the build and the CLI use, loaded on the
// first change so the first visit does not download it.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DashboardModel } from "@/lib/dashboard/compute";
import type { DataBundle } from "@/lib/data/bundle";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from "@/lib/view/state";
import { ChartPanel } from "./ChartPanel";
import { CheckLine } from "./CheckLine";
import { Controls } from "./Controls";
import { Headlines } from "./Headlines";
import { MetricCard } from "./MetricCard";
import { loadReaderData, saveReaderData } from "./reader-storage";
import { ReaderBanner, type ReaderData } from "./ReaderBanner";
import { ShareDialog } from "./ShareDialog";
import { UploadPanel } from "./upload/UploadPanel";
import { useLazyModule } from "./use-lazy-module";

const loadSteps = () => import("@/lib/dashboard/compute");

export function Dashboard({
  published,
  initial,
}: {
  published: DataBundle;
  /** `computeDashboard(published, DEFAULT_VIEW)`, done on the server. */
  initial: DashboardModel;
}) {
  const [reader, setReader] = useState<ReaderData | null>(null);
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const root = useRef<HTMLDivElement>(null);
  const urlApplied = useRef<"no" | "next render" | "yes">("no");
  const bundle = reader?.bundle ?? published;
  const applyReader = useCallback((data: ReaderData | null) => {
    saveReaderData(data);
    setReader(data);
  }, []);

  // The URL and the tab's stored upload are read once after hydration (the static HTML shows the
  // published data in the default view), then kept in step. Without either there is nothing to
  // change, and no render: a render now would force every Suspense boundary below to hydrate at
  // once. `data-hydrated` (set here, never rendered) tells tests the URL has been applied.
  useEffect(() => {
    const fromUrl = parseViewState(window.location.search);
    const stored = loadReaderData();
    if (serializeViewState(fromUrl) === "" && stored === null) {
      urlApplied.current = "yes";
      root.current?.setAttribute("data-hydrated", "");
      return;
    }
    urlApplied.current = "next render";
    setView(fromUrl); // eslint-disable-line react-hooks/set-state-in-effect
    setReader(stored);
    if (fromUrl.panel) document.getElementById(fromUrl.panel)?.scrollIntoView();
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
  const { module: steps, error: stepsError, retry } = useLazyModule(loadSteps, custom);
  const live = custom ? steps?.dashboardSteps : undefined;
  const scenario = view.scenario;
  const metrics = useMemo(
    () => (live ? live.computeMetrics(bundle, scenario) : initial.metrics),
    [live, bundle, scenario, initial],
  );
  const checks = useMemo(
    () => (live ? live.computeChecks(bundle, metrics, scenario) : initial.checks),
    [live, bundle, metrics, scenario, initial],
  );
  const headlines = useMemo(
    () => (live ? live.buildHeadlines(bundle, checks, metrics) : initial.headlines),
    [live, bundle, checks, metrics, initial],
  );
  const { oilUnit, gasUnit, mode, fromYear, toYear } = view;
  const panels = useMemo(
    () =>
      live
        ? live.buildPanels(bundle, metrics, scenario, { oilUnit, gasUnit, mode, fromYear, toYear })
        : initial.panels,
    [live, bundle, metrics, scenario, oilUnit, gasUnit, mode, fromYear, toYear, initial],
  );
  const sources = useMemo(() => new Map(bundle.sources.map((s) => [s.id, s])), [bundle]);
  const state = custom && !live ? "computing" : "ready";

  return (
    <div ref={root} className="dashboard" data-state={state} aria-busy={state === "computing"}>
      {stepsError && (
        <p role="alert" className="problem">
          The numbers for this view could not be computed: the code that recomputes them did not
          load ({stepsError.message}). The page shows the published data in the default view.{" "}
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
        <Controls view={view} bundle={bundle} metrics={metrics} onChange={update} />
        <ShareDialog />
      </Suspense>
      {panels.map((panel) => (
        <Suspense key={panel.id}>
          <ChartPanel
            panel={panel}
            sources={bundle.sources}
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
          published={published}
          active={reader !== null}
          onApply={applyReader}
          onReset={() => applyReader(null)}
        />
      </Suspense>
    </div>
  );
}
