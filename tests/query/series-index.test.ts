// The series index (lib/query/series-index.ts) is the fast path for a reader's large upload: held
// here to the plain scans it replaces (`rows.find`, `rows.filter` + a stable sort), on a table
// written by hand out of order, with a repeated key and periods that start in the same month,
// and on generated tables with questions in any order (each lookup is built when first asked).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation } from "@/lib/data/types";
import {
  prepareSeriesIndex,
  rowAt,
  seriesIndex,
  seriesRows,
  seriesRowsAsGiven,
  type SeriesEntry,
} from "@/lib/query/series-index";
import { find } from "@/lib/panels/rows";
import { row, TABLE } from "./out-of-order-table";

/** The plain definitions the index answers for. */
const plainRows = (rows: readonly Observation[], series: string, unit?: string) =>
  rows
    .filter((o) => o.series === series && (unit === undefined || o.unit === unit))
    .sort((a, b) => a.period.firstMonth - b.period.firstMonth || a.period.months - b.period.months);
const plainFind = (rows: readonly Observation[], series: string, period: string, unit: string) =>
  rows.find((o) => o.series === series && o.period.label === period && o.unit === unit);

/** Which lookups of each series are built so far. */
const built = (rows: readonly Observation[]) =>
  Object.fromEntries(
    [...seriesIndex(rows)].map(([series, entry]) => [
      series,
      (["order", "asGiven", "at"] as const).filter((part) => entry[part] !== undefined),
    ]),
  );

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

const ALL_BUILT = { russia: ["order", "asGiven", "at"], saudi: ["order", "asGiven", "at"] };

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

  it("builds every lookup of every series, so that the render only looks up", async () => {
    const rows = TABLE.slice();
    await prepareSeriesIndex(rows, async () => {});
    expect(built(rows)).toEqual(ALL_BUILT);
  });

  it("a synchronous use meanwhile: its index and what it built stand, the slices build the rest", async () => {
    const rows = TABLE.concat(TABLE, TABLE).flatMap((o) => Array(3000).fill(o) as Observation[]);
    let ms = 0;
    let kept: ReturnType<typeof seriesIndex> | null = null;
    let keptAt: SeriesEntry["at"];
    const pause = async () => {
      if (kept) return;
      kept = seriesIndex(rows);
      rowAt(rows, "russia", "2023", "Mt");
      keptAt = kept.get("russia")!.at;
    };
    // 20 ms a look: a pause after every step, the first one while the rows are being grouped.
    await prepareSeriesIndex(rows, pause, () => (ms += 20));
    expect(kept).not.toBeNull();
    expect(seriesIndex(rows)).toBe(kept);
    expect(keptAt).toBeDefined();
    expect(seriesIndex(rows).get("russia")!.at).toBe(keptAt);
    expect(built(rows)).toEqual(ALL_BUILT);
  });
});

describe("each series' lookups are built when first asked for, for that series alone", () => {
  it("a row by label builds that series' labels, nothing else; rows in order build the order", () => {
    const rows = TABLE.slice();
    expect(rowAt(rows, "russia", "2023", "Mt")?.value).toBe(107.02);
    expect(built(rows)).toEqual({ russia: ["at"], saudi: [] });
    expect(seriesRows(rows, "saudi", "mb/d").map((o) => o.value)).toEqual([1.6]);
    expect(built(rows)).toEqual({ russia: ["at"], saudi: ["order"] });
    expect(seriesRowsAsGiven(rows, "russia", "mb/d").map((o) => o.value)).toEqual([2.2, 2.14]);
    expect(built(rows)).toEqual({ russia: ["asGiven", "at"], saudi: ["order"] });
  });

  it("once built, every later question gets the same arrays", () => {
    const rows = TABLE.slice();
    expect(seriesRows(rows, "russia")).toBe(seriesRows(rows, "russia"));
    expect(seriesRows(rows, "russia", "Mt")).toBe(seriesRows(rows, "russia", "Mt"));
    expect(seriesRowsAsGiven(rows, "russia", "Mt")).toBe(seriesRowsAsGiven(rows, "russia", "Mt"));
  });

  it("on generated tables, questions in any order (and built ahead or not) answer as the scans", async () => {
    const LABELS = ["2022", "2023", "2023-01", "2023-01/06", "2023-02", "2021/2023", "2023/2024"];
    const SERIES = ["a", "b", "c"];
    const UNITS = ["Mt", "mb/d"];
    // Few labels, series and units: repeated keys, and many periods from one first month.
    const table = fc.array(
      fc.record({
        series: fc.constantFrom(...SERIES),
        label: fc.constantFrom(...LABELS),
        unit: fc.constantFrom(...UNITS),
      }),
      { maxLength: 120 },
    );
    const question = fc.record({
      kind: fc.constantFrom("rows", "asGiven", "at"),
      series: fc.constantFrom(...SERIES, "absent"),
      unit: fc.constantFrom(undefined, ...UNITS, "bcm"),
      label: fc.constantFrom(...LABELS, "2024"),
    });
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(question, { maxLength: 12 }),
        fc.boolean(),
        async (cells, questions, ahead) => {
          // The value is the row's position, so equal answers are the same rows.
          const rows = cells.map((c, i) => row(c.series, c.label, i, c.unit));
          if (ahead) await prepareSeriesIndex(rows, async () => {});
          for (const q of questions) {
            const unit = q.unit ?? "Mt";
            if (q.kind === "rows")
              expect(seriesRows(rows, q.series, q.unit).map((o) => o.value)).toEqual(
                plainRows(rows, q.series, q.unit).map((o) => o.value),
              );
            else if (q.kind === "asGiven")
              expect(seriesRowsAsGiven(rows, q.series, unit)).toEqual(
                rows.filter((o) => o.series === q.series && o.unit === unit),
              );
            else
              expect(rowAt(rows, q.series, q.label, unit)).toBe(
                plainFind(rows, q.series, q.label, unit),
              );
          }
        },
      ),
      { seed: 20240516, numRuns: 500 },
    );
  });
});
