"use client";
// One panel of the dashboard with its "How is this computed?". Two things keep a control's work
// proportional to what it changes (issue 14: every control ≤ 100 ms at 4× CPU slowdown):
// - it is memoised, and the pipeline hands on the same panel, metrics and checks (`===`) when a
//   change did not touch them: then this panel, its chart and its explanations do not render;
// - a panel off screen takes a change in a deferred render (`useDeferredValue`), after the
//   frame that answers the control has been painted: the reader sees the controls and every
//   panel on screen change together, and the panels below follow a moment later.
import { memo, useDeferredValue, useEffect, useState } from "react";
import type { Check } from "@/lib/checks/types";
import type { ShownPanel } from "@/lib/dashboard/compute";
import type { Metric } from "@/lib/metrics/types";
import type { PanelRow } from "@/lib/panels/rows";
import type { Source } from "@/lib/data/types";
import { ChartPanel } from "./ChartPanel";
import { LoadFailed } from "./LoadFailed";
import type { SourceIndex } from "./MetricCard";
import { useLazyModule } from "./use-lazy-module";

// Fetched when a "How is this computed?" is first opened (ChartPanel renders its content only
// then): a whole read of the page opens none, and the script budget counts a whole read.
const loadExplanations = () => import("./PanelExplanations");

export interface PanelSectionProps {
  panel: ShownPanel;
  metrics: Metric[];
  checks: Check[];
  sources: SourceIndex;
  viewId: string | undefined;
  showTable: boolean;
  readerData: boolean;
  /** The callbacks below are stable: they take the panel's id rather than closing over it. */
  loadSources(): Promise<readonly Source[]>;
  loadRows(panelId: string, viewId: string): Promise<PanelRow[]>;
  onViewChange(panelId: string, viewId: string): void;
  onShowTable(panelId: string, table: boolean): void;
}

/** Whether the element with this id is within 200 px of the screen; true until first seen. */
function useOnScreenById(id: string): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => setOnScreen(entries[entries.length - 1]!.isIntersecting),
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [id]);
  return onScreen;
}

export const PanelSection = memo(function PanelSection(props: PanelSectionProps) {
  const onScreen = useOnScreenById(props.panel.id);
  const later = {
    panel: useDeferredValue(props.panel),
    metrics: useDeferredValue(props.metrics),
    checks: useDeferredValue(props.checks),
    sources: useDeferredValue(props.sources),
    viewId: useDeferredValue(props.viewId),
    showTable: useDeferredValue(props.showTable),
    readerData: useDeferredValue(props.readerData),
  };
  return <Section {...props} {...(onScreen ? {} : later)} />;
});

const Section = memo(function Section({
  panel,
  metrics,
  checks,
  sources,
  viewId,
  showTable,
  readerData,
  loadSources,
  loadRows,
  onViewChange,
  onShowTable,
}: PanelSectionProps) {
  return (
    <ChartPanel
      panel={panel}
      loadSources={loadSources}
      loadRows={(id) => loadRows(panel.id, id)}
      viewId={viewId}
      showTable={showTable}
      readerData={readerData}
      onViewChange={(id) => onViewChange(panel.id, id)}
      onShowTable={(table) => onShowTable(panel.id, table)}
    >
      <HowComputed metrics={metrics} checks={checks} sources={sources} />
      <p>
        <a href="/methodology">All metrics, factors and checks on the methodology page</a>
      </p>
    </ChartPanel>
  );
});

/** The explanations once their code has come; meanwhile a status line, or the failure with a retry. */
function HowComputed(props: { metrics: Metric[]; checks: Check[]; sources: SourceIndex }) {
  const loaded = useLazyModule(loadExplanations, true);
  if (loaded.module) return <loaded.module.PanelExplanations {...props} />;
  if (loaded.error)
    return (
      <LoadFailed
        what="The explanations"
        error={loaded.error}
        retry={loaded.retry}
        meanwhile="; the methodology page has them too"
        alert
      />
    );
  return (
    <p className="muted" role="status">
      Loading the explanations…
    </p>
  );
}
