import { describe, expect, it } from "vitest";
import { barsShareAPeriod } from "@/lib/chart/chartjs-config";
import type { ChartSeries, ChartSpec } from "@/lib/chart/spec";

const bars = (id: string, years: Record<string, number | null>, stack?: string): ChartSeries => ({
  id,
  label: id,
  kind: "bar",
  colour: 0,
  stack,
  points: Object.entries(years).map(([x, y]) => ({ x, y, basis: "reported", tip: x })),
});
const spec = (series: ChartSeries[]): ChartSpec => ({
  xType: "category",
  labels: ["2018", "2019", "2020"],
  xTitle: "",
  yTitle: "",
  yUnit: "bcm",
  stacked: false,
  series,
  annotations: [],
});

describe("barsShareAPeriod(spec)", () => {
  it("is true when two bar series have values in the same year: grouped side by side", () => {
    expect(barsShareAPeriod(spec([bars("a", { 2018: 1, 2019: 2 }), bars("b", { 2019: 3 })]))).toBe(
      true,
    );
  });
  it("is false when the series never share a year (2018–19 vs 2020): each bar centred", () => {
    expect(
      barsShareAPeriod(
        spec([bars("a", { 2018: 1, 2019: 2, 2020: null }), bars("b", { 2018: null, 2020: 3 })]),
      ),
    ).toBe(false);
  });
  it("counts series in one stack as one group", () => {
    expect(barsShareAPeriod(spec([bars("a", { 2018: 1 }, "s"), bars("b", { 2018: 2 }, "s")]))).toBe(
      false,
    );
  });
});
