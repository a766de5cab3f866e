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

// Currency and percent through Intl's own styles (sign, symbol and spacing as the locale writes
// them: -$0.75, not $-0.75); other units have no Intl unit and follow the number after a space.
const styled = new Map<string, Intl.NumberFormat>();

function styledFormatter(style: "currency" | "percent", digits: number): Intl.NumberFormat {
  const key = `${style}|${digits}`;
  let f = styled.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      ...(style === "currency"
        ? { style: "currency", currency: "USD" }
        : { style: "unit", unit: "percent" }),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    styled.set(key, f);
  }
  return f;
}

/**
 * A number with its unit, as people read it: (59.8158, "%") → "59.8%", (4.34, "USD bn") →
 * "$4.34 bn", (-0.75, "USD/bbl") → "-$0.75/bbl", (781.1, "million bbl") → "781.1 million bbl".
 * Decimals: `digits`, else those that suit the magnitude (sensibleDigits). null → "–".
 */
export function formatWithUnit(value: number | null, unit: string, digits?: number): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const d = digits ?? sensibleDigits(value);
  if (unit === "%") return styledFormatter("percent", d).format(value);
  if (unit === "USD bn") return `${styledFormatter("currency", d).format(value)} bn`;
  if (unit === "USD/bbl") return `${styledFormatter("currency", d).format(value)}/bbl`;
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

// Shortest form: as many decimals as the value needs, up to a cap; no trailing zeros.
const shortest = new Map<number, Intl.NumberFormat>();

/**
 * A number in its shortest form with at most `maxDecimals` decimals (rounded half away from
 * zero), thousands separated: (7.2999999, 3) → "7.3", (30, 3) → "30", (1.3125, 3) → "1.313",
 * (-0.0001, 3) → "0" (no minus on a zero). null or not finite → "–".
 */
export function formatShortest(value: number | null, maxDecimals: number): string {
  if (value === null || !Number.isFinite(value)) return "–";
  let f = shortest.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxDecimals,
    });
    shortest.set(maxDecimals, f);
  }
  // A negative that rounds to zero prints "-0"; signDisplay "negative" would drop it, but the
  // TypeScript lib in use does not know that option yet.
  const text = f.format(value);
  return text === "-0" ? "0" : text;
}
