import { describe, expect, it } from "vitest";
import { daysInPeriod, parsePeriod } from "@/lib/data/period";

describe("parsePeriod", () => {
  it.each([
    {
      description: "reads a year as its twelve months",
      input: "2023",
      expected: { label: "2023", kind: "year", start: "2023-01", end: "2023-12", months: 12 },
    },
    {
      description: "reads a month as one month",
      input: "2023-06",
      expected: { label: "2023-06", kind: "month", start: "2023-06", end: "2023-06", months: 1 },
    },
    {
      description: "reads January–September as nine months (9 − 1 + 1)",
      input: "2023-01/09",
      expected: {
        label: "2023-01/09",
        kind: "month-span",
        start: "2023-01",
        end: "2023-09",
        months: 9,
      },
    },
    {
      description: "reads November–December as two months",
      input: "2023-11/12",
      expected: {
        label: "2023-11/12",
        kind: "month-span",
        start: "2023-11",
        end: "2023-12",
        months: 2,
      },
    },
    {
      description: "reads two years as 24 months ((2019 − 2018 + 1) × 12)",
      input: "2018/2019",
      expected: {
        label: "2018/2019",
        kind: "year-span",
        start: "2018-01",
        end: "2019-12",
        months: 24,
      },
    },
    {
      description: "accepts the earliest year, 1990",
      input: "1990",
      expected: { label: "1990", kind: "year", start: "1990-01", end: "1990-12", months: 12 },
    },
    {
      description: "accepts the latest year, 2100",
      input: "2100",
      expected: { label: "2100", kind: "year", start: "2100-01", end: "2100-12", months: 12 },
    },
  ])("$description", ({ input, expected }) => {
    expect(parsePeriod(input)).toMatchObject(expected);
  });

  // Month index = year × 12 + month − 1; days counted on a calendar by hand.
  it.each([
    { input: "2023", firstMonth: 2023 * 12, lastMonth: 2023 * 12 + 11, days: 365, partial: false },
    { input: "2024", firstMonth: 2024 * 12, lastMonth: 2024 * 12 + 11, days: 366, partial: false },
    {
      input: "2024-02",
      firstMonth: 2024 * 12 + 1,
      lastMonth: 2024 * 12 + 1,
      days: 29,
      partial: true,
    },
    // 31+28+31+30+31+30+31+31+30 = 273
    {
      input: "2023-01/09",
      firstMonth: 2023 * 12,
      lastMonth: 2023 * 12 + 8,
      days: 273,
      partial: true,
    },
    // 273 + 31 (October) + 1 (29 February 2024) = 305
    {
      input: "2024-01/10",
      firstMonth: 2024 * 12,
      lastMonth: 2024 * 12 + 9,
      days: 305,
      partial: true,
    },
    {
      input: "2025-01/10",
      firstMonth: 2025 * 12,
      lastMonth: 2025 * 12 + 9,
      days: 304,
      partial: true,
    },
    {
      input: "2018/2019",
      firstMonth: 2018 * 12,
      lastMonth: 2019 * 12 + 11,
      days: 730,
      partial: false,
    },
  ])("gives $input the numeric extent $firstMonth–$lastMonth, $days days", (c) => {
    const p = parsePeriod(c.input)!;
    expect([p.firstMonth, p.lastMonth, p.days, p.partial]).toEqual([
      c.firstMonth,
      c.lastMonth,
      c.days,
      c.partial,
    ]);
  });

  it.each([
    { description: "rejects month 13", input: "2023-13" },
    { description: "rejects month 00", input: "2023-00" },
    { description: "rejects a one-digit month", input: "2023-6" },
    {
      description: "rejects a span that runs backwards (September to January)",
      input: "2023-09/01",
    },
    { description: "rejects a span of one month written as a span", input: "2023-06/06" },
    { description: "rejects a span ending in month 13", input: "2023-01/13" },
    { description: "rejects a year span that runs backwards", input: "2019/2018" },
    { description: "rejects a year span of one year", input: "2023/2023" },
    { description: "rejects a year after 2100 (a typo for 2021 or 2012)", input: "2201" },
    { description: "rejects a year before 1990", input: "1989" },
    { description: "rejects a two-digit year", input: "23" },
    { description: "rejects a full date", input: "2023-06-01" },
    { description: "rejects a month span written with slashes between years", input: "2023/06" },
    { description: "rejects spaces around a year", input: " 2023" },
    { description: "rejects a quarter", input: "2023-Q1" },
    { description: "rejects an empty cell", input: "" },
  ])("$description ($input)", ({ input }) => {
    expect(parsePeriod(input)).toBeNull();
  });
});

describe("daysInPeriod", () => {
  it.each([
    { description: "a common year has 365 days", input: "2023", expected: 365 },
    { description: "a leap year has 366 days", input: "2024", expected: 366 },
    { description: "February 2023 has 28 days", input: "2023-02", expected: 28 },
    { description: "February 2024 has 29 days", input: "2024-02", expected: 29 },
    { description: "December has 31 days (the year rolls over)", input: "2023-12", expected: 31 },
    {
      description: "January–September 2023 has 273 days (31+28+31+30+31+30+31+31+30)",
      input: "2023-01/09",
      expected: 273,
    },
    { description: "2018/2019 has 730 days (365 + 365)", input: "2018/2019", expected: 730 },
  ])("$description", ({ input, expected }) => {
    const period = parsePeriod(input);
    expect(period).not.toBeNull();
    expect(daysInPeriod(period!)).toBe(expected);
  });
});
