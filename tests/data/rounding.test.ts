import { describe, expect, it } from "vitest";
import { roundingBounds, roundingHalfWidth, roundsTo } from "@/lib/data/rounding";

describe("roundingHalfWidth", () => {
  it.each([
    { input: "2.14", expected: 0.005, why: "two decimals: half of 0.01" },
    { input: "33.7", expected: 0.05, why: "one decimal: half of 0.1" },
    { input: "107.02", expected: 0.005, why: "two decimals" },
    { input: "40", expected: 0.5, why: "a whole number: half of 1" },
    { input: "8.0", expected: 0.05, why: "a written trailing zero counts" },
    { input: "0.8", expected: 0.05, why: "about 800,000 bpd, written 0.8" },
  ])("allows $expected for $input ($why)", ({ input, expected }) => {
    expect(roundingHalfWidth(input)).toBeCloseTo(expected, 12);
  });
});

describe("roundingBounds", () => {
  it.each([
    { value: 2.14, text: "2.14", bounds: [2.135, 2.145] },
    { value: 1.3, text: "1.3", bounds: [1.25, 1.35] },
    { value: 43.6, text: "43.6", bounds: [43.55, 43.65] },
    { value: 38, text: "38", bounds: [37.5, 38.5] },
  ])("reads $text as $bounds", ({ value, text, bounds }) => {
    const [lo, hi] = roundingBounds(value, text);
    expect(lo).toBeCloseTo(bounds[0]!, 12);
    expect(hi).toBeCloseTo(bounds[1]!, 12);
  });

  it("takes the width from the text, not the value: 8 written 8.0 is 7.95–8.05", () => {
    expect(roundingBounds(8, "8.0")).toEqual([7.95, 8.05]);
    expect(roundingBounds(8, "8")).toEqual([7.5, 8.5]);
  });
});

describe("roundsTo", () => {
  it.each([
    { x: 2.1404, stated: 2.14, text: "2.14", expected: true, why: "107.02 × 7.3 / 365" },
    {
      x: 2.1395,
      stated: 2.14,
      text: "2.14",
      expected: true,
      why: "the edge, despite binary noise",
    },
    { x: 2.146, stated: 2.14, text: "2.14", expected: false, why: "beyond 2.145" },
    { x: 18.98, stated: 19, text: "19", expected: true, why: "within half a point" },
    { x: 33.61, stated: 33.7, text: "33.7", expected: false, why: "33.61 rounds to 33.6" },
  ])("$x rounds to $text: $expected ($why)", ({ x, stated, text, expected }) => {
    expect(roundsTo(x, stated, text)).toBe(expected);
  });
});
