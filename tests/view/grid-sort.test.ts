import { describe, expect, it } from "vitest";
import type { PanelRow } from "@/lib/panels/rows";
import { toGrid } from "@/lib/view/grid";
import { nextSort, sortBy } from "@/lib/view/sort";

const row = (
  period: string,
  series: string,
  unit: string,
  value: number,
  basis: PanelRow["basis"] = "reported",
): PanelRow => ({
  period,
  series,
  seriesLabel: series === "ru" ? "From Russia" : "From Saudi Arabia",
  value,
  valueText: String(value),
  unit,
  basis,
  sourceId: "s",
  note: "",
  origin: "published",
});

describe("toGrid(rows, format)", () => {
  it("puts periods in lines and series × unit in columns, leaving a gap as null", () => {
    const grid = toGrid(
      [
        row("2022", "ru", "Mt", 86.25),
        row("2023", "ru", "Mt", 107.02),
        row("2022", "sa", "Mt", 87.49),
        row("2023", "ru", "mb/d", 2.14),
      ],
      (r) => r.valueText,
    );
    expect(grid.columns.map((c) => c.key)).toEqual(["ru|Mt", "sa|Mt", "ru|mb/d"]);
    expect(grid.lines.map((l) => [l.period, ...l.cells.map((c) => c?.text ?? null)])).toEqual([
      ["2022", "86.25", "87.49", null],
      ["2023", "107.02", null, "2.14"],
    ]);
  });

  it("keeps the basis of each cell, so the grid can mark derived values", () => {
    const grid = toGrid([row("2016", "ru", "Mt", 52.5, "derived")], (r) => r.valueText);
    expect(grid.lines[0]!.cells[0]!.basis).toBe("derived");
  });
});

describe("sortBy(items, key, sort)", () => {
  const items = [
    { name: "b", v: 2 as number | null },
    { name: "a", v: null },
    { name: "c", v: 10 },
    { name: "d", v: 2 },
  ];
  const key = (i: (typeof items)[number], column: number) => (column === 0 ? i.name : i.v);
  const cases = [
    {
      description: "numbers ascending, gaps last, ties in their order",
      column: 1,
      direction: "ascending" as const,
      expected: ["b", "d", "c", "a"],
    },
    {
      description: "numbers descending, gaps still last",
      column: 1,
      direction: "descending" as const,
      expected: ["c", "b", "d", "a"],
    },
    {
      description: "text descending",
      column: 0,
      direction: "descending" as const,
      expected: ["d", "c", "b", "a"],
    },
  ];
  for (const c of cases) {
    it(c.description, () =>
      expect(
        sortBy(items, key, { column: c.column, direction: c.direction }).map((i) => i.name),
      ).toEqual(c.expected),
    );
  }
  it("sorts period labels as numbers within text: 2023-2 before 2023-10", () => {
    const periods = ["2023-10", "2023-2", "2022"];
    expect(sortBy(periods, (p) => p, { column: 0, direction: "ascending" })).toEqual([
      "2022",
      "2023-2",
      "2023-10",
    ]);
  });
});

describe("nextSort(current, column)", () => {
  it("goes ascending, then descending on the same column, and ascending on a new one", () => {
    const first = nextSort(null, 2);
    expect(first).toEqual({ column: 2, direction: "ascending" });
    expect(nextSort(first, 2)).toEqual({ column: 2, direction: "descending" });
    expect(nextSort({ column: 2, direction: "descending" }, 2)).toEqual({
      column: 2,
      direction: "ascending",
    });
    expect(nextSort(first, 0)).toEqual({ column: 0, direction: "ascending" });
  });
});
