// Fast path: numbers written as Intl.NumberFormat("en-US") writes them, without Intl.
//
// Budget served: Lighthouse mobile performance on `/` (blocking time), and so every page that
// formats a number while it hydrates. The first Intl.NumberFormat a page builds loads ICU's
// number data: 100–210 ms at Lighthouse's 4× CPU slowdown in Chromium (BENCHMARKS.md, session 7),
// inside the task that hydrates the dashboard, where it is blocking time. The bare Next.js page
// pays none of it. Measured gain: Lighthouse mobile on `/`, five runs each, alternately, with Intl
// and with this: blocking time (TBT) median 398 → 335 ms, performance median 88 → 91. Intl's rule is plain enough to follow exactly: take the shortest decimal form
// of the double (the digits String(x) gives), round it half away from zero ("halfExpand", Intl's
// default) to the fraction digits asked, group the integer part by threes with ",", and write
// "-" before any negative number, -0 and negatives that round to zero included.
// tests/format/en-us-number.test.ts holds it equal to Intl itself on hand-picked and generated
// numbers, for every option lib/format.ts uses.

/** The significant digits of `x` ≥ 0 from its shortest form, and where the point falls in them. */
function shortestDigits(x: number): { digits: string; point: number } {
  const text = String(x); // "123.45", "1.2e-7", "1e+21": the shortest form that reads back as x
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === "0") lead++;
  digits = digits.slice(lead);
  point -= lead;
  return { digits, point };
}

/** `digits` + 1 as decimal text: "129" → "130", "99" → "100". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + "0".repeat(digits.length - 1 - i);
}

/** "1234567" → "1,234,567". */
function group(integer: string): string {
  let out = "";
  for (let end = integer.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = (start > 0 ? "," : "") + integer.slice(start, end) + out;
  }
  return out;
}

/**
 * A finite `value` with at least `minDigits` and at most `maxDigits` fraction digits (0–20,
 * min ≤ max), exactly as `new Intl.NumberFormat("en-US", { minimumFractionDigits: minDigits,
 * maximumFractionDigits: maxDigits }).format(value)`: (1234.5, 2, 2) → "1,234.50",
 * (2.675, 0, 2) → "2.68", (-0.001, 2, 2) → "-0.00". The sign comes back apart, so a caller can put
 * a currency symbol between it and the number: `{ negative: true, text: "0.00" }`. Not finite is
 * the caller's case (lib/format.ts writes "–").
 */
export function enUsParts(
  value: number,
  minDigits: number,
  maxDigits: number,
): { negative: boolean; text: string } {
  const negative = value < 0 || Object.is(value, -0);
  const { digits, point } = shortestDigits(Math.abs(value));
  // The digits of round(|value| × 10^maxDigits), half away from zero.
  const keep = point + maxDigits;
  let scaled: string;
  if (keep < 0) scaled = "0";
  else if (keep >= digits.length) scaled = digits + "0".repeat(keep - digits.length);
  else {
    const kept = digits.slice(0, keep) || "0";
    scaled = digits[keep]! >= "5" ? increment(kept) : kept;
  }
  scaled = scaled.padStart(maxDigits + 1, "0");
  const integer = scaled.slice(0, scaled.length - maxDigits).replace(/^0+(?=\d)/, "");
  let fraction = scaled.slice(scaled.length - maxDigits);
  let end = fraction.length;
  while (end > minDigits && fraction[end - 1] === "0") end--;
  fraction = fraction.slice(0, end);
  return { negative, text: group(integer) + (fraction ? `.${fraction}` : "") };
}
