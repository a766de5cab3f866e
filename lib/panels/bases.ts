// Which kinds of value a chart draws (reported, derived, estimate, capacity), in a fixed order,
// so its legend explains those and no others.
import type { ChartSpec } from "../chart/spec";
import type { Basis } from "../data/types";
import type { PanelRow } from "./rows";

const ORDER: Basis[] = ["reported", "derived", "estimate", "capacity"];

export function basesDrawn(chart: ChartSpec, rows: readonly PanelRow[]): Basis[] {
  const drawn = new Set<Basis>(
    chart.series.flatMap((s) => s.points.flatMap((p) => (p.basis ? [p.basis] : []))),
  );
  // Capacity is drawn as a line across the chart, not as a point.
  if (rows.some((r) => r.basis === "capacity") && chart.annotations.some((a) => a.kind === "hline"))
    drawn.add("capacity");
  return ORDER.filter((b) => drawn.has(b));
}
