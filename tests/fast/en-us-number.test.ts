// lib/fast/en-us-number.ts writes numbers without Intl (so a page does not load ICU while it
// hydrates). It must write exactly what Intl.NumberFormat("en-US") writes: held equal here to
// Intl itself, on numbers picked by hand where the rule has edges and on generated ones, with
// the options lib/format.ts uses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enUsParts } from "@/lib/fast/en-us-number";
import { formatNumber, formatShortest, formatWithUnit } from "@/lib/format";

const write = (value: number, min: number, max: number) => {
  const { negative, text } = enUsParts(value, min, max);
  return negative ? `-${text}` : text;
};
const intl = (value: number, min: number, max: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max }).format(
    value,
  );

describe("numbers written as Intl.NumberFormat('en-US') writes them", () => {
  // Each expected text worked out by hand from the rule: the shortest decimal form, rounded half
  // away from zero, grouped by threes.
  it.each([
    [1234.5, 2, 2, "1,234.50"],
    [781.1, 1, 1, "781.1"],
    [1.005, 2, 2, "1.01"], // the double is 1.00499999999999989…; its shortest form is 1.005
    [2.675, 2, 2, "2.68"],
    [0.5, 0, 0, "1"],
    [2.5, 0, 0, "3"],
    [-2.5, 0, 0, "-3"],
    [-0, 0, 0, "-0"],
    [-0.001, 2, 2, "-0.00"],
    [0.0004, 0, 3, "0"],
    [0.0005, 0, 3, "0.001"],
    [999.995, 2, 2, "1,000.00"],
    [9.96, 0, 1, "10"],
    [123456789.125, 2, 2, "123,456,789.13"],
    [1e21, 0, 2, "1,000,000,000,000,000,000,000"],
    [1.2345e-7, 0, 6, "0"],
    [5e-7, 0, 6, "0.000001"],
    [107.02, 0, 6, "107.02"],
    [38, 0, 3, "38"],
    [1000, 0, 0, "1,000"],
    [100, 0, 0, "100"],
  ])("%d with %i–%i decimals → %s", (value, min, max, text) => {
    expect(write(value, min, max)).toBe(text);
    expect(intl(value, min, max)).toBe(text);
  });

  const options = fc.oneof(
    fc.integer({ min: 0, max: 6 }).map((d) => [d, d] as const), // formatNumber, currency, percent
    fc.integer({ min: 0, max: 6 }).map((d) => [0, d] as const), // formatShortest
  );
  const numbers = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -2000, max: 2000 }),
    // Ties and near-ties at the digits a page shows: n / 1000 and n / 10^k + 5 / 10^(k+1).
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
    fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 5 }))
      .map(([n, k]) => n / 10 ** k + 5 / 10 ** (k + 1)),
  );

  it("equals Intl on generated numbers and options", () => {
    fc.assert(
      fc.property(numbers, options, (value, [min, max]) => {
        expect(write(value, min, max)).toBe(intl(value, min, max));
      }),
      { seed: 20240516, numRuns: 20_000 },
    );
  });

  it("lib/format.ts's currency, percent and shortest forms equal Intl's own styles", () => {
    const styled = (style: Intl.NumberFormatOptions, d: number) =>
      new Intl.NumberFormat("en-US", {
        ...style,
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      });
    const currency = (d: number) => styled({ style: "currency", currency: "USD" }, d);
    const percent = (d: number) => styled({ style: "unit", unit: "percent" }, d);
    fc.assert(
      fc.property(numbers, fc.integer({ min: 0, max: 4 }), (value, d) => {
        expect(formatWithUnit(value, "USD/bbl", d)).toBe(`${currency(d).format(value)}/bbl`);
        expect(formatWithUnit(value, "USD bn", d)).toBe(`${currency(d).format(value)} bn`);
        expect(formatWithUnit(value, "%", d)).toBe(percent(d).format(value));
        expect(formatNumber(value, d)).toBe(intl(value, d, d));
        const shortest = intl(value, 0, d);
        expect(formatShortest(value, d)).toBe(shortest === "-0" ? "0" : shortest);
      }),
      { seed: 20240516, numRuns: 5_000 },
    );
  });
});
