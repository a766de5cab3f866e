import { describe, expect, it } from "vitest";
import { findDataset } from "@/lib/data/datasets";
import { parsePeriod } from "@/lib/data/period";
import { tidySchema } from "@/lib/data/schemas";
import type { Observation } from "@/lib/data/types";
import { validateCsvText } from "@/lib/data/validate";
import {
  derivedRow,
  find,
  mbdFromMt,
  originOf,
  rowFromObservation,
  yearRange,
  yearsOf,
} from "@/lib/panels/rows";
import { TIDY_HEADER as H } from "../support/data";

/** Rows of crude_annual.csv from a tiny inline CSV; every row must be valid. */
function crudeRows(lines: string[]): Observation[] {
  const report = validateCsvText(
    [H, ...lines].join("\n"),
    tidySchema(findDataset("crude_annual")!, new Set(["s1", "s2"])),
  );
  expect(report.errors).toEqual([]);
  return report.valid;
}

const ROWS = crudeRows([
  "2019,russia,77.64,Mt,reported,s1,",
  "2019,russia,1.55,mb/d,reported,s2,stated with the tonnes",
  "2017,russia,59.7,Mt,reported,s1,",
  "2021,russia,79.64,Mt,reported,s1,",
  "2018/2019,russia,150,Mt,reported,s1,two years together",
  "2020,saudi_arabia,84.92,Mt,reported,s1,",
]);

describe("mbdFromMt(mt, bblPerTonne, period)", () => {
  it.each([
    // 15.68 × 7.3 = 114.464 barrels over 31 + 28 = 59 days
    {
      description: "Jan–Feb 2023 (59 days)",
      mt: 15.68,
      bbl: 7.3,
      period: "2023-01/02",
      expected: 1.940068,
    },
    // 7.1 × 7.3 = 51.83 over 30 days
    {
      description: "April 2023 (30 days)",
      mt: 7.1,
      bbl: 7.3,
      period: "2023-04",
      expected: 1.727667,
    },
    // 9.71 × 7.3 = 70.883 over 31 days
    {
      description: "May 2023 (31 days)",
      mt: 9.71,
      bbl: 7.3,
      period: "2023-05",
      expected: 2.286548,
    },
    // 10 × 7.3 = 73 over the 29 days of a leap February
    {
      description: "February 2024 (29 days)",
      mt: 10,
      bbl: 7.3,
      period: "2024-02",
      expected: 2.517241,
    },
    // 107.02 × 7.3 = 781.246 over 365 days
    {
      description: "the whole of 2023 (365 days)",
      mt: 107.02,
      bbl: 7.3,
      period: "2023",
      expected: 2.1404,
    },
    // 107.02 × 7.45 = 797.299 over 365 days
    {
      description: "2023 at 7.45 bbl/t",
      mt: 107.02,
      bbl: 7.45,
      period: "2023",
      expected: 2.184381,
    },
  ])(
    "converts $description: $mt Mt at $bbl bbl/t → $expected mb/d",
    ({ mt, bbl, period, expected }) => {
      expect(mbdFromMt(mt, bbl, parsePeriod(period)!)).toBeCloseTo(expected, 6);
    },
  );
});

describe("derivedRow(from, value, unit, formula)", () => {
  const from = { period: "2023-05", series: "russia", seriesLabel: "From Russia", sourceId: "s1" };

  it("marks the value derived, keeps where it came from and writes the formula in the note", () => {
    expect(derivedRow(from, 2.5, "mb/d", "9.71 Mt × 7.3 bbl/t ÷ 31")).toEqual({
      period: "2023-05",
      series: "russia",
      seriesLabel: "From Russia",
      sourceId: "s1",
      value: 2.5,
      valueText: "2.5",
      unit: "mb/d",
      basis: "derived",
      note: "derived: 9.71 Mt × 7.3 bbl/t ÷ 31",
      origin: "published",
    });
  });

  it.each([
    // 9.71 × 7.3 / 31 = 2.2865483870967744: the full figure to 12 significant digits
    { value: 2.2865483870967744, expectedValue: 2.2865483871, expectedText: "2.2865483871" },
    // 0.1 + 0.2 = 0.30000000000000004: the noise dropped, in the value and in the text
    { value: 0.1 + 0.2, expectedValue: 0.3, expectedText: "0.3" },
    // 49.67 × 7.3 / 365 = 0.9934000000000001
    { value: (49.67 * 7.3) / 365, expectedValue: 0.9934, expectedText: "0.9934" },
    // 18.6 × 365 / 62 = 109.50000000000001
    { value: (18.6 * 365) / 62, expectedValue: 109.5, expectedText: "109.5" },
    { value: 52.5, expectedValue: 52.5, expectedText: "52.5" },
    { value: -0.45, expectedValue: -0.45, expectedText: "-0.45" },
  ])(
    "writes $value as valueText $expectedText (value $expectedValue)",
    ({ value, expectedValue, expectedText }) => {
      const row = derivedRow(from, value, "mb/d", "x");
      expect(row.value).toBe(expectedValue);
      expect(row.valueText).toBe(expectedText);
    },
  );
});

describe("rowFromObservation(o, seriesLabel)", () => {
  it("keeps the value as written, its basis, source and note, and the period's label", () => {
    const o = ROWS[1]!;
    expect(rowFromObservation(o, "From Russia")).toEqual({
      period: "2019",
      series: "russia",
      seriesLabel: "From Russia",
      value: 1.55,
      valueText: "1.55",
      unit: "mb/d",
      basis: "reported",
      sourceId: "s2",
      note: "stated with the tonnes",
      origin: "published",
    });
  });
});

describe("find(rows, series, period, unit)", () => {
  it.each([
    { series: "russia", period: "2019", unit: "Mt", expected: 77.64 },
    { series: "russia", period: "2019", unit: "mb/d", expected: 1.55 },
    { series: "saudi_arabia", period: "2020", unit: "Mt", expected: 84.92 },
  ])("finds $series $period in $unit: $expected", ({ series, period, unit, expected }) => {
    expect(find(ROWS, series, period, unit)?.value).toBe(expected);
  });

  it.each([
    { description: "another unit", series: "saudi_arabia", period: "2020", unit: "mb/d" },
    { description: "another series", series: "china_total", period: "2019", unit: "Mt" },
    { description: "a year inside a span", series: "russia", period: "2018", unit: "Mt" },
  ])("finds nothing for $description", ({ series, period, unit }) => {
    expect(find(ROWS, series, period, unit)).toBeUndefined();
  });
});

describe("yearsOf(rows, series)", () => {
  it("lists each whole year of a series once, ascending, whatever the file order and units", () => {
    // 2019 has two rows (Mt and mb/d); 2018/2019 is a span, not a year
    expect(yearsOf(ROWS, "russia")).toEqual([2017, 2019, 2021]);
  });

  it("gives no years for a series without rows", () => {
    expect(yearsOf(ROWS, "china_total")).toEqual([]);
  });
});

describe("yearRange(from, to)", () => {
  it.each([
    { from: 2014, to: 2016, expected: [2014, 2015, 2016] },
    { from: 2020, to: 2020, expected: [2020] },
    { from: 2024, to: 2019, expected: [] },
  ])("yearRange($from, $to) = $expected", ({ from, to, expected }) => {
    expect(yearRange(from, to)).toEqual(expected);
  });
});

describe("originOf(...inputs)", () => {
  it.each([
    { description: "is published with no inputs", inputs: [], expected: "published" },
    {
      description: "is published when every input is",
      inputs: [{}, { origin: "published" as const }],
      expected: "published",
    },
    {
      description: "is reader when any input came from an upload",
      inputs: [{}, { origin: "reader" as const }],
      expected: "reader",
    },
    {
      description: "ignores a missing input",
      inputs: [undefined, { origin: "reader" as const }],
      expected: "reader",
    },
  ])("$description", ({ inputs, expected }) => {
    expect(originOf(...inputs)).toBe(expected);
  });
});
