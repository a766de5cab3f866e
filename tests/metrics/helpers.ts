// Small helpers shared by the metric tests.
import { expect } from "vitest";
import type { MetricId } from "@/lib/metrics/ids";
import type { Metric } from "@/lib/metrics/types";

export const byId = (metrics: readonly Metric[]) =>
  new Map<MetricId, Metric>(metrics.map((m) => [m.id, m]));

/** Every number a metric carries is finite or null: never NaN or Infinity. */
export function expectNoNonFinite(metrics: readonly Metric[]) {
  for (const m of metrics) {
    for (const x of [m.value, m.low, m.high]) {
      if (x !== null) expect(Number.isFinite(x), `${m.id}: ${x}`).toBe(true);
    }
  }
}
