import type { ChartSpec } from "@/lib/chart/spec";
import type { Basis } from "@/lib/data/types";
import type { PanelRow } from "@/lib/panels/rows";

const LEGEND: Record<Basis, string> = {
  reported: "Solid: reported by a source",
  derived: "Hatched or dotted: derived here (formula in the table)",
  estimate: "Hollow: a source's estimate",
  capacity: "Dashed line: capacity, a limit",
};

/** Says how each kind of value looks, for the kinds this chart draws. */
export function BasisLegend({ chart, rows }: { chart: ChartSpec; rows: PanelRow[] }) {
  const drawn = new Set<Basis>(
    chart.series.flatMap((s) => s.points.flatMap((p) => (p.basis ? [p.basis] : []))),
  );
  if (rows.some((r) => r.basis === "capacity") && chart.annotations.some((a) => a.kind === "hline"))
    drawn.add("capacity");
  const kinds = (Object.keys(LEGEND) as Basis[]).filter((b) => drawn.has(b));
  return (
    <ul className="basis-legend" aria-label="How values are drawn">
      {kinds.map((b) => (
        <li key={b}>
          <span className={`swatch swatch-${b}`} aria-hidden="true" />
          {LEGEND[b]}
        </li>
      ))}
    </ul>
  );
}
