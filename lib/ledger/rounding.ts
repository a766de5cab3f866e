// What a stated figure allows: "2.14" stands for anything from 2.135 to 2.145. One definition
// for the whole project (lib/data/rounding.ts); the names here read as the ledger uses them.
import { roundingBounds, roundingHalfWidth } from "../data/rounding";

/** Half a unit of the last written decimal: "2.14" → 0.005, "107" → 0.5. */
export const halfUnit = roundingHalfWidth;

/** The interval a stated value rounds from: [value − half a unit, value + half a unit]. */
export function statedInterval(value: number, valueText: string): { low: number; high: number } {
  const [low, high] = roundingBounds(value, valueText);
  return { low, high };
}
