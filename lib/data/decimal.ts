// The plain decimal every value cell is written as: the one number syntax the data takes.
//
// This was a character-by-character reader (the fast path) until 2026-11-30: on the 1,000,000
// value cells of the benchmark file it took 160 ms against 200 ms for this pattern and Number
// (load 5; fastpath.benchmarks.md), about 1 % of the pipeline's time, within the noise of the
// pipeline benchmark, so the plain definition came back.

/** ARCHITECTURE.md's data model: optional minus, digits without a leading zero, optional fraction. */
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The value of a plain decimal (the double `Number(text)` gives), or `undefined` when `text` is
 * not one: no plus sign, exponent, thousands separator, space or leading zero.
 */
export const plainDecimalValue = (text: string): number | undefined =>
  PLAIN_DECIMAL.test(text) ? Number(text) : undefined;
