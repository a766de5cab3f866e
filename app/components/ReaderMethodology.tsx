"use client";
// On /methodology: when the reader applied their own data on the dashboard (this tab), the metrics
// and checks recomputed from it, above the published ones.
import { useEffect, useState } from "react";
import { computeChecks } from "@/lib/checks/registry";
import { computeMetrics } from "@/lib/metrics/registry";
import { CheckLine } from "./CheckLine";
import { MetricCard } from "./MetricCard";
import type { ReaderData } from "./ReaderBanner";
import { ReaderBanner } from "./ReaderBanner";
import { loadReaderData, saveReaderData } from "./reader-storage";

export function ReaderMethodology() {
  const [reader, setReader] = useState<ReaderData | null>(null);
  useEffect(() => {
    let live = true;
    void loadReaderData().then((data) => live && setReader(data));
    return () => {
      live = false;
    };
  }, []);
  if (!reader) return null;
  const metrics = computeMetrics(reader.bundle);
  const checks = computeChecks(reader.bundle, metrics);
  const sources = new Map(reader.bundle.sources.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="reader-metrics" data-testid="reader-methodology">
      <ReaderBanner
        reader={reader}
        onReset={() => {
          void saveReaderData(null);
          setReader(null);
        }}
      />
      <h2 id="reader-metrics">Your data: metrics and checks</h2>
      <ul className="metric-list">
        {metrics.map((m) => (
          <MetricCard key={m.id} metric={m} sources={sources} idPrefix="reader-" />
        ))}
      </ul>
      <ul className="metric-list">
        {checks.map((c) => (
          <li key={c.id}>
            <CheckLine check={c} />
          </li>
        ))}
      </ul>
      <h2>The published data</h2>
    </section>
  );
}
