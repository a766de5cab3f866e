// All number formatting for people, in one place. Numbers stay numbers until here.
//
// Written as Intl.NumberFormat("en-US") writes them, by lib/fast/en-us-number.ts rather than by
// Intl itself: the first Intl.NumberFormat a page builds loads ICU's number data, a blocking
// 100–210 ms on a phone while the dashboard hydrates (BENCHMARKS.md, session 7).
import { enUsParts } from "./fast/en-us-number";

/** Thousands separators and a fixed number of decimals: (781.1, 1) → "781.1", 1234.5 → "1,234.50". */
export function formatNumber(value: number | null, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const { negative, text } = enUsParts(value, digits, digits);
  return negative ? `-${text}` : text;
}

/** Decimals that suit a magnitude: 2 below 10, 1 below 1,000, none above. */
export function sensibleDigits(value: number): number {
  const a = Math.abs(value);
  if (a < 10) return 2;
  if (a < 1000) return 1;
  return 0;
}

// Currency and percent as Intl's own styles write them (sign, symbol and spacing: -$0.75, not
// $-0.75; 59.8%); other units have no Intl unit and follow the number after a space.
function currency(value: number, digits: number): string {
  const { negative, text } = enUsParts(value, digits, digits);
  return `${negative ? "-" : ""}$${text}`;
}

function percent(value: number, digits: number): string {
  const { negative, text } = enUsParts(value, digits, digits);
  return `${negative ? "-" : ""}${text}%`;
}

/**
 * A number with its unit, as people read it: (59.8158, "%") → "59.8%", (4.34, "USD bn") →
 * "$4.34 bn", (-0.75, "USD/bbl") → "-$0.75/bbl", (781.1, "million bbl") → "781.1 million bbl".
 * Decimals: `digits`, else those that suit the magnitude (sensibleDigits). null → "–".
 */
export function formatWithUnit(value: number | null, unit: string, digits?: number): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const d = digits ?? sensibleDigits(value);
  if (unit === "%") return percent(value, d);
  if (unit === "USD bn") return `${currency(value, d)} bn`;
  if (unit === "USD/bbl") return `${currency(value, d)}/bbl`;
  return `${formatNumber(value, d)} ${unit}`;
}

/**
 * A low–high range, each end written as that number is written everywhere else (its own
 * decimals unless `digits` is given): (7.57, 12.2, "USD/bbl") → "$7.57/bbl to $12.2/bbl".
 */
export function formatRange(
  low: number | null,
  high: number | null,
  unit: string,
  digits?: number,
): string {
  if (low === null || high === null) return "–";
  if (low === high) return formatWithUnit(low, unit, digits);
  return `${formatWithUnit(low, unit, digits)} to ${formatWithUnit(high, unit, digits)}`;
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

/**
 * A number in its shortest form with at most `maxDecimals` decimals (rounded half away from
 * zero), thousands separated: (7.2999999, 3) → "7.3", (30, 3) → "30", (1.3125, 3) → "1.313",
 * (-0.0001, 3) → "0" (no minus on a zero). null or not finite → "–".
 */
export function formatShortest(value: number | null, maxDecimals: number): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const { negative, text } = enUsParts(value, 0, maxDecimals);
  // Intl writes a negative that rounds to zero as "-0"; a zero here has no sign.
  return negative && text !== "0" ? `-${text}` : text;
}
