import type { PanelRow } from "@/lib/panels/rows";

const MEANING = {
  reported: "reported by a source",
  derived: "derived here (formula in the table)",
  estimate: "a source's estimate",
  capacity: "capacity, a limit (dashed line)",
} as const;

/** Says how each kind of value looks, for the kinds this view shows. */
export function BasisLegend({ rows }: { rows: PanelRow[] }) {
  const present = (Object.keys(MEANING) as (keyof typeof MEANING)[]).filter((b) => rows.some((r) => r.basis === b));
  return (
    <ul className="basis-legend" aria-label="How values are drawn">
      {present.map((b) => (
        <li key={b}>
          <span className={`swatch swatch-${b}`} aria-hidden="true" />
          {b === "reported" ? "Solid" : b === "derived" ? "Hatched" : b === "estimate" ? "Hollow" : "Dashed"}: {MEANING[b]}
        </li>
      ))}
    </ul>
  );
}
