// Period order by counting (lib/query/period-order.ts, the series index's linear sort) held to
// the stable sort it replaces, on a table written by hand out of order.
import { describe, expect, it } from "vitest";
import type { Observation } from "@/lib/data/types";
import { periodOrder } from "@/lib/query/period-order";
import { row, TABLE } from "./out-of-order-table";

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
