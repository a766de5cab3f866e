// What a stated figure allows: "2.14" stands for anything from 2.135 to 2.145.

/** Half a unit of the last written decimal: "2.14" → 0.005, "107" → 0.5, "8,287" → 0.0005. */
export function halfUnit(valueText: string): number {
  const decimals = /[.,](\d+)$/.exec(valueText.trim())?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/** The interval a stated value rounds from: [value − half a unit, value + half a unit]. */
export function statedInterval(value: number, valueText: string): { low: number; high: number } {
  const h = halfUnit(valueText);
  return { low: value - h, high: value + h };
}
