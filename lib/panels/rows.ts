// The rows a panel shows: its table, its CSV download and its chart all come from these.
import type { Basis, Observation } from "../data/types";
import type { Period } from "../data/types";
import { cleanFloat } from "../metrics/registry";
import { rowAt, seriesRows } from "../query/series-index";
import { mbdFromMt as mbdFromMtOverDays, rateDays } from "../conversions";

export interface PanelRow {
  period: string;
  series: string;
  seriesLabel: string;
  value: number;
  /** As written in the source file; for values computed here, the full-precision figure. */
  valueText: string;
  unit: string;
  basis: Basis;
  sourceId: string;
  note: string;
  /** Whether the row comes from the reader's upload (or is computed from one that does). */
  origin: "published" | "reader";
}

/** "reader" when any input came from the reader's upload. */
export const originOf = (
  ...inputs: ({ origin?: "published" | "reader" } | undefined)[]
): PanelRow["origin"] => (inputs.some((o) => o?.origin === "reader") ? "reader" : "published");

export function rowFromObservation(o: Observation, seriesLabel: string): PanelRow {
  return {
    period: o.period.label,
    series: o.series,
    seriesLabel,
    value: o.value,
    valueText: o.valueText,
    unit: o.unit,
    basis: o.basis,
    sourceId: o.sourceId,
    note: o.note,
    origin: originOf(o),
  };
}

/** A value computed here: basis `derived`, and the note carries the formula. */
export function derivedRow(
  from: Pick<PanelRow, "period" | "series" | "seriesLabel" | "sourceId"> & {
    origin?: PanelRow["origin"];
  },
  value: number,
  unit: string,
  formula: string,
): PanelRow {
  const v = cleanFloat(value) ?? 0;
  return {
    ...from,
    value: v,
    valueText: String(v),
    unit,
    basis: "derived",
    note: `derived: ${formula}`,
    origin: from.origin ?? "published",
  };
}

/**
 * Average daily barrels over a period from its tonnage: Mt × bbl/t ÷ days. A whole year counts
 * 365 days, leap or not, as the sources' own conversions do (107.02 Mt → 2.14 mb/d).
 */
export function mbdFromMt(mt: number, bblPerTonne: number, period: Period): number {
  return mbdFromMtOverDays(mt, bblPerTonne, rateDays(period)) ?? 0;
}

/**
 * The first row with this series, period label and unit, or `undefined`: `rows.find(…)` by a
 * lookup in the array's index (lib/query/series-index.ts, built once per array), so a panel's
 * questions to a reader's quarter of a million rows cost no scan each.
 */
export const find = rowAt;

/** Years present for a series, ascending. */
export function yearsOf(rows: readonly Observation[], series: string): number[] {
  const years = seriesRows(rows, series)
    .filter((o) => o.period.kind === "year")
    .map((o) => Number(o.period.label));
  return [...new Set(years)].sort((a, b) => a - b);
}

export function yearRange(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
