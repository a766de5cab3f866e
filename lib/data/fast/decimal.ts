// The plain decimal every value cell is written as: the one number syntax the data takes.
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
