import { UNITS, type Unit } from "./types";

export interface UnitRule {
  /** Whether a negative value is meaningful (price differentials, changes) or a mistake (volumes). */
  negativeAllowed: boolean;
  /** Largest magnitude that is not a typing mistake; beyond it a value is rejected. */
  maxAbs: number;
}

// Bounds are an order of magnitude above anything physically possible in this trade
// (world oil output is about 100 mb/d; world gas trade about 1,300 bcm a year).
export const UNIT_RULES: Record<Unit, UnitRule> = {
  "mb/d": { negativeAllowed: false, maxAbs: 1_000 },
  Mt: { negativeAllowed: false, maxAbs: 100_000 },
  bcm: { negativeAllowed: false, maxAbs: 100_000 },
  "USD bn": { negativeAllowed: false, maxAbs: 100_000 },
  "USD/bbl": { negativeAllowed: true, maxAbs: 1_000 },
  "%": { negativeAllowed: true, maxAbs: 10_000 },
};

export function isUnit(text: string): text is Unit {
  return (UNITS as readonly string[]).includes(text);
}
