// The plain decimal every value cell is written as: the one number syntax the data takes.
//
// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse. Plain
// definition: `/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text) ? Number(text) : undefined`;
// tests/data/columns.test.ts holds the two equal, bit for bit, on generated and hand-picked text.
// Measured gain (2026-11-30, branch fastpath, load 6–7; BENCHMARKS.md, "Session 5"): small, and
// only a profile shows it. With the plain definition in its place, the pattern and Number took 4.6
// % of a CPU profile of validateCsvText on the 1M-row file (about 0.4 s a run at that load), where
// this reader is inlined into coerceRow and coerceRow's share grew by under 1 %; alone, on the
// file's 1,000,000 value cells, 0.16 against 0.20 s. Tried removed, and put back.
const isDigitCode = (c: number) => c >= 48 && c <= 57;

// 10^0 … 10^22 are exact doubles: a mantissa below 2^53 divided by one of them is the correctly
// rounded value, the same double Number(text) gives (Clinger's fast path).
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal as ARCHITECTURE.md's data model defines it (optional minus, digits without a leading
 * zero, optional point and digits), or `undefined` when text is not one. Read character by
 * character: it runs once per value cell of a file of a million rows.
 */
export function plainDecimalValue(text: string): number | undefined {
  const end = text.length;
  const negative = text.charCodeAt(0) === 45;
  let at = negative ? 1 : 0;
  const first = text.charCodeAt(at);
  if (!isDigitCode(first)) return undefined;
  let mantissa = first - 48;
  at += 1;
  if (first !== 48) {
    for (; at < end && isDigitCode(text.charCodeAt(at)); at += 1) {
      mantissa = mantissa * 10 + text.charCodeAt(at) - 48;
    }
  }
  let fractionDigits = 0;
  if (at < end) {
    if (text.charCodeAt(at) !== 46 || at + 1 === end) return undefined;
    for (at += 1; at < end; at += 1) {
      const c = text.charCodeAt(at);
      if (!isDigitCode(c)) return undefined;
      mantissa = mantissa * 10 + c - 48;
      fractionDigits += 1;
    }
  }
  if (mantissa > Number.MAX_SAFE_INTEGER || fractionDigits >= EXACT_POWERS_OF_TEN.length) {
    return Number(text);
  }
  const value = mantissa / EXACT_POWERS_OF_TEN[fractionDigits]!;
  return negative ? -value : value;
}
