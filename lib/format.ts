// All number formatting for people, in one place. Numbers stay numbers until here.

// One formatter per number of decimals: Intl.NumberFormat is costly to build, and a page
// formats thousands of numbers (toLocaleString builds one per call).
const formatters = new Map<number, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(digits, f);
  }
  return f;
}

/** Thousands separators and a fixed number of decimals: (781.1, 1) → "781.1", 1234.5 → "1,234.50". */
export function formatNumber(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return formatter(digits).format(value);
}

/** Decimals that suit a magnitude: 2 below 10, 1 below 1,000, none above. */
export function sensibleDigits(value: number): number {
  const a = Math.abs(value);
  if (a < 10) return 2;
  if (a < 1000) return 1;
  return 0;
}

export function formatWithUnit(value: number | null, unit: string, digits?: number): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const text = formatNumber(value, digits ?? sensibleDigits(value));
  if (unit === "%") return `${text}%`;
  // The sign goes before the currency symbol: -$0.75/bbl, not $-0.75/bbl.
  const sign = value < 0 ? "-" : "";
  const magnitude = value < 0 ? text.slice(1) : text;
  if (unit === "USD bn") return `${sign}$${magnitude} bn`;
  if (unit === "USD/bbl") return `${sign}$${magnitude}/bbl`;
  return `${text} ${unit}`;
}

export function formatRange(
  low: number | null,
  high: number | null,
  unit: string,
  digits?: number,
): string {
  if (low === null || high === null) return "–";
  if (low === high) return formatWithUnit(low, unit, digits);
  const d = digits ?? sensibleDigits(Math.max(Math.abs(low), Math.abs(high)));
  return `${formatWithUnit(low, unit, d)} to ${formatWithUnit(high, unit, d)}`;
}

/** Decimals in the shortest form of a number (at most 6): 107.02 → 2, 38 → 0. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  if (/e/i.test(text)) return 6;
  return Math.min(6, text.split(".")[1]?.length ?? 0);
}

/** A figure with exactly the decimals it was written with: 107.02 Mt stays 107.02 Mt, not 107.0 Mt. */
export const formatExact = (value: number, unit: string) =>
  formatWithUnit(value, unit, decimalsOf(value));
