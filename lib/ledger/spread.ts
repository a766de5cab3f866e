// What others said: the range of one quantity's stated values for one period, and who said it.
import type { LedgerEntry, Source, Unit } from "../data/types";

export interface Spread {
  quantity: string;
  period: string;
  unit: Unit;
  /** Smallest and largest stated value, as numbers. */
  min: number;
  max: number;
  /** Statements (ledger rows) behind the spread. */
  count: number;
  /** Distinct outlets, in ledger order: a source's `via` (the original agency), else its publisher. */
  outlets: string[];
}

/** The outlet a statement is from: whose report it is, not who reposted it. */
export function outletOf(source: Source | undefined, sourceId: string): string {
  if (!source) return sourceId;
  return source.via.trim() !== "" ? source.via : source.publisher;
}

/**
 * The spread of `quantity` for the period labelled `period`, or `null` when the ledger has no
 * row for them. Rows of one quantity share a unit by construction of the ids (`_mt`, `_mbd`);
 * should they not, the rows in the first row's unit are taken.
 */
export function spreadOf(
  ledger: readonly LedgerEntry[],
  sources: readonly Source[],
  quantity: string,
  period: string,
): Spread | null {
  const all = ledger.filter((e) => e.quantity === quantity && e.period.label === period);
  if (all.length === 0) return null;
  const unit = all[0]!.unit;
  const rows = all.filter((e) => e.unit === unit);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const outlets = [...new Set(rows.map((e) => outletOf(byId.get(e.sourceId), e.sourceId)))];
  const values = rows.map((e) => e.value);
  return {
    quantity,
    period,
    unit,
    min: Math.min(...values),
    max: Math.max(...values),
    count: rows.length,
    outlets,
  };
}
