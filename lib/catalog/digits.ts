// Inputs are shown with the decimals they were written with: 107.02 Mt stays 107.02, not 107.0.
// (A candidate for lib/format.ts; kept here so that module has one owner.)

/** Decimals in the shortest form of a number (at most 6): 107.02 → 2, 38 → 0. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  if (/e/i.test(text)) return 6;
  return Math.min(6, text.split(".")[1]?.length ?? 0);
}
