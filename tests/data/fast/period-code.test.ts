import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/data/period";
import { PERIOD_CODES, periodCode, periodOf } from "@/lib/data/fast/period-code";

const pad = (n: number) => String(n).padStart(2, "0");

/** Every label parsePeriod accepts, 1990–2100. */
function allLabels(): string[] {
  const labels: string[] = [];
  for (let y = 1990; y <= 2100; y++) {
    labels.push(String(y));
    for (let m = 1; m <= 12; m++) labels.push(`${y}-${pad(m)}`);
    for (let from = 1; from <= 12; from++)
      for (let to = from + 1; to <= 12; to++) labels.push(`${y}-${pad(from)}/${pad(to)}`);
    for (let to = y + 1; to <= 2100; to++) labels.push(`${y}/${to}`);
  }
  return labels;
}

describe("periodCode(label)", () => {
  it("gives every accepted label its own code, from 0 up to below PERIOD_CODES", () => {
    const labels = allLabels();
    const codes = labels.map(periodCode);
    expect(new Set(codes).size).toBe(labels.length);
    expect(Math.min(...codes)).toBe(0);
    expect(Math.max(...codes)).toBeLessThan(PERIOD_CODES);
  });

  it.each([
    "1989",
    "2101",
    "2023-00",
    "2023-13",
    "2023-1",
    "2023-06/06",
    "2023-09/01",
    "2023-01/13",
    "2019/2019",
    "2019/2018",
    "2019/2101",
    "2023 ",
    " 2023",
    "2023\n",
    "２０２３",
    "2023-06-01",
    "2023_06",
    "2023-06\\07",
    "20a3",
    "",
    "Q1 2023",
  ])("is -1 for %j, as parsePeriod is null", (label) => {
    expect(parsePeriod(label)).toBeNull();
    expect(periodCode(label)).toBe(-1);
  });

  it("accepts exactly the labels parsePeriod accepts (generated near misses)", () => {
    const chars = fc.constantFrom(..."0123456789-/ a");
    const label = fc.oneof(
      fc.string({ unit: chars, maxLength: 11 }),
      fc.constantFrom(...allLabels().slice(0, 400)).map((l) => l.replace(/\d$/, "9")),
    );
    fc.assert(
      fc.property(label, (text) => {
        expect(periodCode(text) >= 0).toBe(parsePeriod(text) !== null);
        expect(periodOf(text)).toEqual(parsePeriod(text));
      }),
      { seed: 20240516, numRuns: 5000 },
    );
  });
});

describe("periodOf(label)", () => {
  it("is parsePeriod(label), field for field, for every label parsePeriod accepts", () => {
    const labels = allLabels();
    const differing = labels.filter((l) => !isDeepStrictEqual(periodOf(l), parsePeriod(l)));
    expect(differing).toEqual([]);
    expect(labels).toHaveLength(14_874);
  });

  it.each([
    {
      label: "2024-02",
      expected: { kind: "month", start: "2024-02", end: "2024-02", months: 1, days: 29 },
    },
    {
      label: "2023-01/09",
      expected: { kind: "month-span", start: "2023-01", end: "2023-09", months: 9, days: 273 },
    },
    {
      label: "2018/2019",
      expected: { kind: "year-span", start: "2018-01", end: "2019-12", months: 24, days: 730 },
    },
    { label: "2100", expected: { kind: "year", start: "2100-01", end: "2100-12", days: 365 } },
  ])(
    "reads $label as $expected.kind from $expected.start to $expected.end",
    ({ label, expected }) => {
      expect(periodOf(label)).toMatchObject({ label, ...expected });
    },
  );

  it("returns parsePeriod's period, frozen, the same object for every row with that label", () => {
    const first = periodOf("2023-01/09");
    expect(first).toEqual(parsePeriod("2023-01/09"));
    expect(Object.isFrozen(first)).toBe(true);
    expect(periodOf(["2023", "01/09"].join("-"))).toBe(first);
  });

  it("returns null for a label that is not a period", () => {
    expect(periodOf("2023-13")).toBeNull();
  });
});
