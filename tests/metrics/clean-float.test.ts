import { describe, expect, it } from "vitest";
import { cleanFloat } from "@/lib/metrics/registry";

describe("cleanFloat", () => {
  it.each([
    { description: "drops noise from 781.1000000000001", got: 781.1000000000001, expected: 781.1 },
    { description: "drops noise from 0.1 + 0.2", got: 0.1 + 0.2, expected: 0.3 },
    {
      description: "keeps twelve significant digits of 1 / 3",
      got: 1 / 3,
      expected: 0.333333333333,
    },
    { description: "turns NaN into null", got: Number.NaN, expected: null },
    { description: "turns Infinity into null", got: -Infinity, expected: null },
    { description: "keeps null", got: null, expected: null },
  ])("$description", ({ got, expected }) => {
    expect(cleanFloat(got)).toBe(expected);
  });
});
