import { describe, expect, it } from "vitest";
import {
  bcmFromLngMt,
  changePct,
  mbdFromMt,
  millionBarrelsFromMbd,
  mtFromMbd,
  mtoeFromBcm,
  mtoeFromCrudeMt,
  mtPerYearFromMt,
  rateDays,
  RATE_DAYS_PER_YEAR,
  safeRatio,
  sharePct,
  usdBnFromUsdPerBbl,
  usdPerBblFromUsdBn,
} from "@/lib/conversions";
import { parsePeriod } from "@/lib/data/period";

const period = (label: string) => parsePeriod(label)!;

describe("rateDays", () => {
  it("counts a whole year as 365 days, leap or not: the sources' convention", () => {
    expect(RATE_DAYS_PER_YEAR).toBe(365);
    expect(rateDays(period("2023"))).toBe(365);
    expect(rateDays(period("2024"))).toBe(365);
  });

  it("keeps the calendar days on the period itself: 2024 has 366", () => {
    expect(period("2024").days).toBe(366);
  });

  it.each([
    ["2024-02", 29], // a leap February
    ["2023-02", 28],
    ["2023-01/09", 273], // 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30
    ["2024-01/09", 274],
  ])("counts the calendar days of %s: %i", (label, days) => {
    expect(rateDays(period(label))).toBe(days);
  });
});

// Each case: the function, its arguments and the value worked out by hand.
describe.each<{ name: string; cases: [string, () => number | null, number | null][] }>([
  {
    name: "mbdFromMt",
    cases: [
      ["107.02 Mt × 7.3 ÷ 365 = 781.246 / 365", () => mbdFromMt(107.02, 7.3, 365), 2.1404],
      ["108.5 Mt × 7.3 ÷ 365 (2024, Reuters' 2.17)", () => mbdFromMt(108.5, 7.3, 365), 2.17],
      ["null over 0 days", () => mbdFromMt(107.02, 7.3, 0), null],
    ],
  },
  {
    name: "mtFromMbd",
    cases: [
      ["2.14 mb/d × 365 ÷ 7.3 = 781.1 / 7.3", () => mtFromMbd(2.14, 7.3, 365), 107],
      ["2.135 × 365 ÷ 7.3 = 779.275 / 7.3", () => mtFromMbd(2.135, 7.3, 365), 106.75],
      ["null at 0 bbl/t", () => mtFromMbd(2.14, 0, 365), null],
    ],
  },
  {
    name: "millionBarrelsFromMbd",
    cases: [
      ["2.14 mb/d × 365", () => millionBarrelsFromMbd(2.14, 365), 781.1],
      ["1.3 mb/d × 273", () => millionBarrelsFromMbd(1.3, 273), 354.9],
    ],
  },
  {
    name: "mtPerYearFromMt",
    cases: [
      ["79.9 Mt over 273 days × 365 / 273", () => mtPerYearFromMt(79.9, 273), 106.826],
      ["30 Mt over 181 days (January–June) × 365 / 181", () => mtPerYearFromMt(30, 181), 60.4972],
      ["null over 0 days", () => mtPerYearFromMt(30, 0), null],
    ],
  },
  {
    name: "bcmFromLngMt",
    cases: [
      ["8.0 Mt × 1.36 bcm/Mt", () => bcmFromLngMt(8.0, 1.36), 10.88],
      ["8.0 Mt × 1.31 bcm/Mt", () => bcmFromLngMt(8.0, 1.31), 10.48],
    ],
  },
  {
    name: "mtoeFromBcm",
    cases: [
      ["33.61 bcm × 0.86 Mtoe/bcm", () => mtoeFromBcm(33.61, 0.86), 28.9046],
      ["1 bcm × 0.86", () => mtoeFromBcm(1, 0.86), 0.86],
    ],
  },
  {
    name: "mtoeFromCrudeMt",
    cases: [
      [
        "107.02 Mt × 7.3 bbl/t × 0.136 toe/bbl (M5)",
        () => mtoeFromCrudeMt(107.02, 7.3, 0.136),
        106.2495,
      ],
      ["1 Mt × 7.3 × 0.136: 0.993 toe per tonne", () => mtoeFromCrudeMt(1, 7.3, 0.136), 0.9928],
    ],
  },
  {
    name: "usdPerBblFromUsdBn",
    cases: [
      [
        "4.34 bn × 1000 ÷ (2.1 mb/d × 273) = 4340 / 573.3",
        () => usdPerBblFromUsdBn(4.34, 2.1, 273),
        7.5702,
      ],
      ["4340 / (1.3 × 273) = 4340 / 354.9", () => usdPerBblFromUsdBn(4.34, 1.3, 273), 12.2288],
      ["null at 0 mb/d", () => usdPerBblFromUsdBn(4.34, 0, 273), null],
    ],
  },
  {
    name: "usdBnFromUsdPerBbl",
    cases: [
      ["$10/bbl × 2.1 mb/d × 273 ÷ 1000", () => usdBnFromUsdPerBbl(10, 2.1, 273), 5.733],
      ["$10/bbl × 1.3 mb/d × 273 ÷ 1000", () => usdBnFromUsdPerBbl(10, 1.3, 273), 3.549],
    ],
  },
  {
    name: "changePct",
    cases: [
      ["(107.02 / 86.25 − 1) × 100", () => changePct(107.02, 86.25), 24.0812],
      ["(80 / 100 − 1) × 100", () => changePct(80, 100), -20],
      ["null from 0", () => changePct(1, 0), null],
    ],
  },
  {
    name: "sharePct",
    cases: [
      ["4.34 / 43.6 × 100", () => sharePct(4.34, 43.6), 9.9541],
      ["107.02 / 563.99 × 100", () => sharePct(107.02, 563.99), 18.9755],
      ["null of 0", () => sharePct(1, 0), null],
    ],
  },
  {
    name: "safeRatio",
    cases: [
      ["1 / 4", () => safeRatio(1, 4), 0.25],
      ["x / 0 is null", () => safeRatio(1, 0), null],
      ["0 / 0 is null", () => safeRatio(0, 0), null],
      ["NaN / 1 is null", () => safeRatio(Number.NaN, 1), null],
      ["1 / Infinity is null", () => safeRatio(1, Infinity), null],
      ["an overflow (1e308 / 1e-308) is null", () => safeRatio(1e308, 1e-308), null],
    ],
  },
])("$name", ({ cases }) => {
  it.each(cases)("%s", (_, got, expected) => {
    const actual = got();
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 4);
  });
});
