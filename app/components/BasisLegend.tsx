import type { Basis } from "@/lib/data/types";

/** How each kind of value is drawn, in words: the page legend and the PNG legend. */
export const BASIS_LEGEND: Record<Basis, string> = {
  reported: "Solid: reported by a source",
  derived: "Hatched or dotted: derived here (formula in the table)",
  estimate: "Hollow: a source's estimate",
  capacity: "Dashed line: capacity, a limit",
};

/** Says how each kind of value looks, for the kinds this chart draws (lib/panels/bases). */
export function BasisLegend({ bases }: { bases: readonly Basis[] }) {
  return (
    <ul className="basis-legend" aria-label="How values are drawn">
      {bases.map((b) => (
        <li key={b}>
          <span className={`swatch swatch-${b}`} aria-hidden="true" />
          {BASIS_LEGEND[b]}
        </li>
      ))}
    </ul>
  );
}
