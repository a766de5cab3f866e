"use client";
// One panel of the dashboard with its "How is this computed?". Memoised: the pipeline hands on
// the same panel, metrics and checks (`===`) when a change did not touch them, and then this
// panel, its chart and its explanations do not render again (issue 14: a control's work is
// proportional to what it changes).
import { memo } from "react";
import type { Check } from "@/lib/checks/types";
import type { ShownPanel } from "@/lib/dashboard/compute";
import type { Metric } from "@/lib/metrics/types";
import type { PanelRow } from "@/lib/panels/rows";
import type { Source } from "@/lib/data/types";
import { ChartPanel } from "./ChartPanel";
import { CheckLine } from "./CheckLine";
import { MetricCard, type SourceIndex } from "./MetricCard";

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

export const PanelSection = memo(function PanelSection({
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
      <ul className="metric-list">
        {metrics.map((m) => (
          <MetricCard key={m.id} metric={m} sources={sources} />
        ))}
      </ul>
      {checks.map((c) => (
        <p key={c.id}>
          <CheckLine check={c} />
        </p>
      ))}
      <p>
        <a href="/methodology">All metrics, factors and checks on the methodology page</a>
      </p>
    </ChartPanel>
  );
});
