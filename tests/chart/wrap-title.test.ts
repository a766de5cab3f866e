import { describe, expect, it } from "vitest";
import { wrapTitle } from "@/lib/chart/wrap-title";

describe("wrapTitle(text, max): axis titles that fit a phone", () => {
  it.each([
    { text: "Year", max: 40, expected: "Year" },
    { text: "a bb ccc", max: 4, expected: ["a bb", "ccc"] },
    { text: "a bb ccc", max: 8, expected: "a bb ccc" },
    { text: "abcdef gh", max: 4, expected: ["abcdef", "gh"] },
    {
      text: "Discount, USD/bbl (above 0 = cheaper than the series' benchmark)",
      max: 40,
      expected: ["Discount, USD/bbl (above 0 = cheaper", "than the series' benchmark)"],
    },
  ])("cuts $text at $max characters into $expected", ({ text, max, expected }) => {
    expect(wrapTitle(text, max)).toEqual(expected);
  });
});
