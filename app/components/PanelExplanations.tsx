"use client";
// A panel's "How is this computed?": each metric in full (MetricCard) and each check. Fetched when
// the reader first opens it (PanelSection.tsx), so a reader who only reads the page does not
// download it (the script budget counts a whole read: BENCHMARKS.md).
import type { Check } from "@/lib/checks/types";
import type { Metric } from "@/lib/metrics/types";
import { CheckLine } from "./CheckLine";
import { MetricCard, type SourceIndex } from "./MetricCard";

export function PanelExplanations({
  metrics,
  checks,
  sources,
}: {
  metrics: Metric[];
  checks: Check[];
  sources: SourceIndex;
}) {
  return (
    <>
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
    </>
  );
}
