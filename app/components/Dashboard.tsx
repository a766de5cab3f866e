"use client";
// The dashboard's state: which data (published or the reader's), which scenario and which view.
// Everything shown is recomputed from these with the same lib code the build and the CLI use.
import { useCallback, useEffect, useMemo, useState } from "react";
import { computeChecks } from "@/lib/checks/registry";
import type { DataBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { buildPanels } from "@/lib/panels";
import { buildHeadlines } from "@/lib/panels/headlines";
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from "@/lib/view/state";
import { ChartPanel } from "./ChartPanel";
import { CheckLine } from "./CheckLine";
import { Controls } from "./Controls";
import { Headlines } from "./Headlines";
import { MetricCard } from "./MetricCard";
import { loadReaderData, saveReaderData } from "./reader-storage";
import { ReaderBanner, type ReaderData } from "./ReaderBanner";
import { ShareDialog } from "./ShareDialog";
import dynamic from "next/dynamic";

// The upload (its UI and the merge) loads after the page: most readers never use it.
const UploadPanel = dynamic(() => import("./upload/UploadPanel").then((m) => m.UploadPanel), {
  ssr: false,
  loading: () => <p className="muted">Loading the upload…</p>,
});

export function Dashboard({ published }: { published: DataBundle }) {
  const [reader, setReader] = useState<ReaderData | null>(null);
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const bundle = reader?.bundle ?? published;
  const applyReader = useCallback((data: ReaderData | null) => {
    saveReaderData(data);
    setReader(data);
  }, []);

  // The URL and the tab's stored upload are read once after hydration (the static HTML shows the
  // published data in the default view), then kept in step.
  useEffect(() => {
    const fromUrl = parseViewState(window.location.search);
    setView(fromUrl); // eslint-disable-line react-hooks/set-state-in-effect
    setReader(loadReaderData());
    if (fromUrl.panel) document.getElementById(fromUrl.panel)?.scrollIntoView();
  }, []);
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

  const metrics = useMemo(() => computeMetrics(bundle, view.scenario), [bundle, view.scenario]);
  const checks = useMemo(
    () => computeChecks(bundle, metrics, view.scenario),
    [bundle, metrics, view.scenario],
  );
  const headlines = useMemo(
    () => buildHeadlines(bundle, checks, metrics),
    [bundle, checks, metrics],
  );
  const sources = useMemo(() => new Map(bundle.sources.map((s) => [s.id, s])), [bundle]);
  const panels = useMemo(
    () => buildPanels(bundle, metrics, view.scenario, view),
    [bundle, metrics, view],
  );

  return (
    <>
      {reader && <ReaderBanner reader={reader} onReset={() => applyReader(null)} />}
      <Headlines headlines={headlines} />
      <Controls view={view} bundle={bundle} metrics={metrics} onChange={update} />
      <ShareDialog />
      {panels.map((panel) => (
        <ChartPanel
          key={panel.id}
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
      ))}
      <UploadPanel
        published={published}
        active={reader !== null}
        onApply={applyReader}
        onReset={() => applyReader(null)}
      />
    </>
  );
}
