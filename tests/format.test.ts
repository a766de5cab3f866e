import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatRange,
  formatShortest,
  formatWithUnit,
  sensibleDigits,
} from "@/lib/format";

describe("formatNumber", () => {
  it.each([
    {
      description: "writes two decimals by default",
      value: 781.1,
      digits: undefined,
      expected: "781.10",
    },
    {
      description: "adds a thousands separator",
      value: 1234.5,
      digits: undefined,
      expected: "1,234.50",
    },
    { description: "rounds to the digits asked for", value: 24.0812, digits: 1, expected: "24.1" },
    { description: "writes no decimals for digits 0", value: 149.2, digits: 0, expected: "149" },
    { description: "pads with zeros", value: 2.14, digits: 3, expected: "2.140" },
    {
      description: "keeps the minus of a negative number",
      value: -8.5,
      digits: 2,
      expected: "-8.50",
    },
    { description: "writes zero", value: 0, digits: 1, expected: "0.0" },
    { description: "writes null as an en dash", value: null, digits: undefined, expected: "–" },
    {
      description: "writes NaN as an en dash",
      value: Number.NaN,
      digits: undefined,
      expected: "–",
    },
    {
      description: "writes Infinity as an en dash",
      value: Infinity,
      digits: undefined,
      expected: "–",
    },
  ])("$description ($value → $expected)", ({ value, digits, expected }) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });
});

describe("sensibleDigits", () => {
  it.each([
    { value: 0, expected: 2 },
    { value: 9.99, expected: 2 },
    { value: 10, expected: 1 },
    { value: 999.9, expected: 1 },
    { value: 1000, expected: 0 },
    { value: -5, expected: 2 },
    { value: -1500, expected: 0 },
  ])("gives $expected decimals for $value", ({ value, expected }) => {
    expect(sensibleDigits(value)).toBe(expected);
  });
});

describe("formatWithUnit", () => {
  it.each([
    {
      description: "writes % right after the number",
      value: 59.8158,
      unit: "%",
      digits: undefined,
      expected: "59.8%",
    },
    {
      description: "writes USD bn as $… bn",
      value: 4.34,
      unit: "USD bn",
      digits: undefined,
      expected: "$4.34 bn",
    },
    {
      description: "writes USD/bbl as $…/bbl",
      value: 7.4287,
      unit: "USD/bbl",
      digits: undefined,
      expected: "$7.43/bbl",
    },
    {
      description: "writes other units after a space",
      value: 781.1,
      unit: "million bbl",
      digits: undefined,
      expected: "781.1 million bbl",
    },
    {
      description: "drops decimals above 1,000",
      value: 1234.4,
      unit: "bcm",
      digits: undefined,
      expected: "1,234 bcm",
    },
    {
      description: "puts the minus before the currency sign",
      value: -0.75,
      unit: "USD/bbl",
      digits: undefined,
      expected: "-$0.75/bbl",
    },
    {
      description: "takes explicit digits",
      value: 2.1404,
      unit: "mb/d",
      digits: 3,
      expected: "2.140 mb/d",
    },
    {
      description: "writes null as an en dash alone",
      value: null,
      unit: "%",
      digits: undefined,
      expected: "–",
    },
  ])("$description ($expected)", ({ value, unit, digits, expected }) => {
    expect(formatWithUnit(value, unit, digits)).toBe(expected);
  });
});

describe("formatRange", () => {
  it.each([
    {
      description: "writes both ends with the decimals their magnitude takes (one below 1,000)",
      low: 146.7,
      high: 151.7,
      unit: "bcm",
      expected: "146.7 bcm to 151.7 bcm",
    },
    {
      description:
        "writes each end as that number is written alone: 7.57 with two decimals, 12.2 with one",
      low: 7.5698,
      high: 12.2253,
      unit: "USD/bbl",
      expected: "$7.57/bbl to $12.2/bbl",
    },
    {
      description: "does not pad an end below 10 to the other's decimals",
      low: 9.5,
      high: 10.5,
      unit: "%",
      expected: "9.50% to 10.5%",
    },
    {
      description: "writes an empty range as one value",
      low: 33.61,
      high: 33.61,
      unit: "bcm",
      expected: "33.6 bcm",
    },
    {
      description: "writes an en dash when the low end is missing",
      low: null,
      high: 1,
      unit: "%",
      expected: "–",
    },
    {
      description: "writes an en dash when the high end is missing",
      low: 1,
      high: null,
      unit: "%",
      expected: "–",
    },
  ])("$description ($expected)", ({ low, high, unit, expected }) => {
    expect(formatRange(low, high, unit)).toBe(expected);
  });
});

describe("formatShortest", () => {
  it.each([
    {
      description: "drops the float noise a slider step leaves",
      value: 0.1 + 0.2,
      max: 3,
      expected: "0.3",
    },
    { description: "writes a whole number with no decimals", value: 30, max: 3, expected: "30" },
    { description: "keeps the decimals a value has", value: 1.345, max: 3, expected: "1.345" },
    {
      description: "rounds half away from zero at the cap",
      value: 1.3125,
      max: 3,
      expected: "1.313",
    },
    { description: "rounds to the cap", value: 7.2999999, max: 3, expected: "7.3" },
    { description: "keeps the minus of a negative number", value: -2.5, max: 3, expected: "-2.5" },
    {
      description: "writes a negative that rounds to zero as 0",
      value: -0.0001,
      max: 3,
      expected: "0",
    },
    { description: "adds a thousands separator", value: 1234.5678, max: 3, expected: "1,234.568" },
    { description: "writes null as an en dash", value: null, max: 3, expected: "–" },
    { description: "writes NaN as an en dash", value: Number.NaN, max: 3, expected: "–" },
  ])("$description ($value → $expected)", ({ value, max, expected }) => {
    expect(formatShortest(value, max)).toBe(expected);
  });
});
