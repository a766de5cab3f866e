// The series index (lib/query/series-index.ts) is the fast path for a reader's large upload: held
// here to the plain scans it replaces (`rows.find`, `rows.filter` + a stable sort), on a table
// written by hand out of order, with a repeated key and periods that start in the same month.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/data/period";
import type { Observation } from "@/lib/data/types";
import {
  periodOrder,
  prepareSeriesIndex,
  rowAt,
  seriesIndex,
  seriesRows,
  seriesRowsAsGiven,
} from "@/lib/query/series-index";
import { find } from "@/lib/panels/rows";

const row = (series: string, label: string, value: number, unit = "Mt") =>
  ({ series, period: parsePeriod(label)!, value, unit }) as Observation;

// Out of order on purpose; "russia 2023 Mt" twice (the first one, 107.02, is what find gives).
const TABLE: Observation[] = [
  row("russia", "2023", 107.02),
  row("saudi", "2022", 87.49),
  row("russia", "2023-01/06", 53.1),
  row("russia", "2022", 86.25),
  row("russia", "2023-01", 2.2, "mb/d"),
  row("russia", "2023", 999),
  row("russia", "2023", 2.14, "mb/d"),
  row("saudi", "2023-03", 1.6, "mb/d"),
  row("russia", "2021/2022", 80.1),
];

/** The plain definitions the index answers for. */
const plainRows = (rows: readonly Observation[], series: string, unit?: string) =>
  rows
    .filter((o) => o.series === series && (unit === undefined || o.unit === unit))
    .sort((a, b) => a.period.firstMonth - b.period.firstMonth || a.period.months - b.period.months);
const plainFind = (rows: readonly Observation[], series: string, period: string, unit: string) =>
  rows.find((o) => o.series === series && o.period.label === period && o.unit === unit);

const labels = (rows: readonly Observation[]) => rows.map((o) => `${o.period.label} ${o.unit}`);

describe("the series index answers as the plain scans do", () => {
  it("a series' rows: earliest first month first, a shorter period before a longer one", () => {
    expect(labels(seriesRows(TABLE, "russia"))).toEqual([
      "2021/2022 Mt",
      "2022 Mt",
      "2023-01 mb/d",
      "2023-01/06 Mt",
      "2023 Mt",
      "2023 Mt",
      "2023 mb/d",
    ]);
    expect(seriesRows(TABLE, "russia")).toEqual(plainRows(TABLE, "russia"));
  });

  it("in one unit, and for every series and unit of the table", () => {
    expect(seriesRows(TABLE, "russia", "mb/d").map((o) => o.value)).toEqual([2.2, 2.14]);
    for (const series of ["russia", "saudi", "absent"])
      for (const unit of [undefined, "Mt", "mb/d", "bcm"])
        expect(seriesRows(TABLE, series, unit)).toEqual(plainRows(TABLE, series, unit));
  });

  it("in one unit as given: the array's order, as filter gives", () => {
    expect(seriesRowsAsGiven(TABLE, "russia", "Mt").map((o) => o.value)).toEqual([
      107.02, 53.1, 86.25, 999, 80.1,
    ]);
    for (const series of ["russia", "saudi", "absent"])
      for (const unit of ["Mt", "mb/d", "bcm"])
        expect(seriesRowsAsGiven(TABLE, series, unit)).toEqual(
          TABLE.filter((o) => o.series === series && o.unit === unit),
        );
  });

  it("a row by series, label and unit: the first one of the array, as find gives", () => {
    expect(rowAt(TABLE, "russia", "2023", "Mt")?.value).toBe(107.02);
    expect(find(TABLE, "russia", "2023", "mb/d")?.value).toBe(2.14);
    expect(rowAt(TABLE, "russia", "2024", "Mt")).toBeUndefined();
    for (const o of [...TABLE, row("russia", "2023-02", 0), row("china", "2023", 0)])
      for (const unit of ["Mt", "mb/d"])
        expect(rowAt(TABLE, o.series, o.period.label, unit)).toBe(
          plainFind(TABLE, o.series, o.period.label, unit),
        );
  });

  it("built once per array: a second question gets the same index", () => {
    const rows = TABLE.slice();
    expect(seriesIndex(rows)).toBe(seriesIndex(rows));
    expect(seriesIndex(rows)).not.toBe(seriesIndex(TABLE));
  });
});

describe("period order by counting (linear) equals the stable sort", () => {
  it("on the table, and with rows of one first month in every length order", () => {
    const stable = [...TABLE].sort(
      (a, b) => a.period.firstMonth - b.period.firstMonth || a.period.months - b.period.months,
    );
    expect(periodOrder(TABLE)).toEqual(stable);
    const same = ["2023", "2023-01/06", "2023-01", "2023-01/03", "2023-01"].map((l, i) =>
      row("x", l, i),
    );
    expect(periodOrder(same).map((o) => `${o.period.label}=${o.value}`)).toEqual([
      "2023-01=2",
      "2023-01=4",
      "2023-01/03=3",
      "2023-01/06=1",
      "2023=0",
    ]);
  });

  it("empty, one row, and first months too far apart for counting", () => {
    expect(periodOrder([])).toEqual([]);
    expect(periodOrder([TABLE[0]!])).toEqual([TABLE[0]]);
    const far = [
      { ...TABLE[0]!, period: { ...TABLE[0]!.period, firstMonth: 10 ** 9 } },
      TABLE[3]!,
    ] as Observation[];
    expect(periodOrder(far)).toEqual([TABLE[3], far[0]]);
    // 40 periods from January 2023 (more than the insertion sort takes): year spans, the year.
    const many = Array.from({ length: 40 }, (_, i) => row("x", i ? `2023/${2063 - i}` : "2023", i));
    expect(periodOrder(many).map((o) => o.value)).toEqual([
      0,
      ...Array.from({ length: 39 }, (_, i) => 39 - i),
    ]);
  });
});

describe("built ahead in slices", () => {
  it("pauses between slices, and answers as the index built at once", async () => {
    // 45,000 rows: dozens of steps.
    const big: Observation[] = [];
    for (let i = 0; i < 45_000; i++)
      big.push(row(i % 3 ? "russia" : "saudi", String(2100 - (i % 111)), i, i % 2 ? "Mt" : "mb/d"));
    // A clock that moves 1 ms per look: a pause every dozen steps of 1,024 rows.
    let ms = 0;
    let pauses = 0;
    await prepareSeriesIndex(
      big,
      async () => void pauses++,
      () => ms++,
    );
    expect(pauses).toBeGreaterThanOrEqual(3);
    const copy = big.slice(); // the same rows, indexed at once
    for (const series of ["russia", "saudi"])
      for (const unit of ["Mt", "mb/d"]) {
        expect(seriesRows(big, series, unit)).toEqual(seriesRows(copy, series, unit));
        expect(seriesRows(big, series, unit)).toEqual(plainRows(big, series, unit));
        expect(rowAt(big, series, "2050", unit)).toBe(plainFind(big, series, "2050", unit));
      }
  });

  it("a synchronous use meanwhile wins, and the slices stop", async () => {
    const rows = TABLE.concat(TABLE, TABLE).flatMap((o) => Array(3000).fill(o) as Observation[]);
    let pauses = 0;
    let ms = 0;
    let built: ReturnType<typeof seriesIndex> | null = null;
    const pause = async () => {
      pauses++;
      built ??= seriesIndex(rows);
    };
    await prepareSeriesIndex(rows, pause, () => (ms += 20));
    expect(pauses).toBe(1);
    expect(seriesIndex(rows)).toBe(built);
  });
});
