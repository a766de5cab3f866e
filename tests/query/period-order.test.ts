// Period order by counting (lib/query/period-order.ts, the series index's linear sort) held to
// the stable sort it replaces, on a table written by hand out of order.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/data/period";
import type { Observation } from "@/lib/data/types";
import { periodOrder } from "@/lib/query/period-order";

const row = (series: string, label: string, value: number, unit = "Mt") =>
  ({ series, period: parsePeriod(label)!, value, unit }) as Observation;

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
