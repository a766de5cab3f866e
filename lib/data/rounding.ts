// The uncertainty a stated figure carries by being rounded: "2.14" means 2.135 to 2.145. It is
// a property of how a number was written, so it is read from the text, never from its value.

/** Half a unit in the last decimal place written: "2.14" → 0.005, "38" → 0.5, "0.8" → 0.05. */
export function roundingHalfWidth(valueText: string): number {
  const decimals = valueText.includes(".") ? valueText.split(".")[1]!.length : 0;
  return 0.5 * 10 ** -decimals;
}

/** The interval a rounded figure stands for: "1.3" → [1.25, 1.35]. */
export function roundingBounds(value: number, valueText: string): [number, number] {
  const h = roundingHalfWidth(valueText);
  return [value - h, value + h];
}

/** Whether `x`, rounded the way `statedText` is written, equals the stated figure. */
export function roundsTo(x: number, stated: number, statedText: string): boolean {
  const h = roundingHalfWidth(statedText);
  // A hair of slack for binary floating point: 2.1395 must round to 2.14.
  return Math.abs(x - stated) <= h * (1 + 1e-9);
}
