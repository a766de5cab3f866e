import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { energyPanel } from "@/lib/panels/energy";
import type { DraftView } from "@/lib/panels/types";
import { editLine, shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());
const metrics = computeMetrics(shipped);

const mtoeView = (...args: Parameters<typeof energyPanel>): DraftView => {
  const v = energyPanel(...args).views[0];
  if (!v) throw new Error("energy panel has no view");
  return v;
};

const yAt = (v: DraftView, series: string, year: string) =>
  v.chart.series.find((s) => s.id === series)?.points.find((p) => p.x === year)?.y;

// Crude goes through physical barrels: Mt × 7.3 bbl/t × 0.136 toe/bbl (SPE, factors.csv
// crude_toe_per_bbl), i.e. 0.9928 toe/t. BP's gas-derived boe (7.3 ÷ (5.883 ÷ 0.86) = 1.0671
// toe/t) overstated crude by 1.0671 / 0.9928 − 1 = 7.5% (audit M5); the tests below would see it.
describe("energyPanel(bundle, metrics)", () => {
  const v = mtoeView(shipped, metrics);

  it("stacks crude and gas in Mtoe from 2019 to 2024", () => {
    expect(v.chart.labels).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(v.chart.stacked).toBe(true);
    expect(v.chart.yUnit).toBe("Mtoe");
    expect(v.chart.series.map((s) => [s.id, s.stack, s.colour])).toEqual([
      ["crude_mtoe", "energy", 0],
      ["gas_mtoe", "energy", 2],
    ]);
  });

  it.each([
    // 107.02 × 7.3 = 781.246 bbl; × 0.136 = 106.249456 (BP's boe gave 114.2056)
    { series: "crude_mtoe", year: "2023", expected: 106.249456 },
    // 77.64 × 7.3 = 566.772; × 0.136 = 77.080992 (BP's boe gave 82.8530)
    { series: "crude_mtoe", year: "2019", expected: 77.080992 },
    // (22.73 + 8.0 × 1.36) × 0.86 = 33.61 × 0.86 = 28.9046
    { series: "gas_mtoe", year: "2023", expected: 28.9046 },
    // (4.1 + 5.0 × 1.36) × 0.86 = 10.9 × 0.86 = 9.374
    { series: "gas_mtoe", year: "2020", expected: 9.374 },
  ])("converts $series $year to $expected Mtoe", ({ series, year, expected }) => {
    expect(yAt(v, series, year)).toBeCloseTo(expected, 4);
    const row = v.rows.find((r) => r.series === series && r.period === year);
    expect([row?.unit, row?.basis]).toEqual(["Mtoe", "derived"]);
  });

  it("leaves 2019 gas a gap: no LNG figure that year", () => {
    expect(yAt(v, "gas_mtoe", "2019")).toBeNull();
    expect(v.rows.filter((r) => r.series === "gas_mtoe" && r.period === "2019")).toEqual([]);
  });

  it("writes each conversion's factors in its row", () => {
    const note = (series: string) =>
      v.rows.find((r) => r.series === series && r.period === "2023")?.note;
    expect(note("crude_mtoe")).toBe("derived: 107.02 Mt × 7.3 bbl/t × 0.136 toe/bbl");
    expect(note("crude_mtoe")).not.toMatch(/Mboe|1\.0671/);
    expect(note("gas_mtoe")).toBe("derived: (22.73 bcm + 8.0 Mt × 1.36 bcm/Mt) × 0.86 Mtoe/bcm");
  });

  it("labels gas's share on top of the 2023 stack: 106.249456 + 28.9046 = 135.154056", () => {
    const [label, ...more] = v.chart.annotations;
    expect(more).toEqual([]);
    if (label?.kind !== "label") throw new Error("no label");
    expect(label.x).toBe(4);
    expect(label.y).toBeCloseTo(135.154056, 4);
    // 28.9046 / 135.154056 × 100 = 21.3864 (with BP's boe it was 20.2)
    expect(label.label).toBe("Gas: 21.4% of the energy");
  });

  it("converts crude at the scenario's barrels per tonne: 107.02 × 7.45 × 0.136 = 108.432664", () => {
    const scenario = { crudeBblPerTonne: 7.45 };
    const high = mtoeView(shipped, computeMetrics(shipped, scenario), scenario);
    // 107.02 × 7.45 = 797.299 bbl; × 0.136 = 108.432664
    expect(yAt(high, "crude_mtoe", "2023")).toBeCloseTo(108.432664, 4);
  });

  it("does not need BP's Mboe factor for crude: without it crude 2023 is still 106.249456", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "gas_mboe_per_bcm,", null));
    const without = mtoeView(bundle, computeMetrics(bundle));
    expect(yAt(without, "crude_mtoe", "2023")).toBeCloseTo(106.249456, 4);
  });

  it("leaves crude a gap in every year without SPE's toe-per-barrel factor", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "crude_toe_per_bbl,", null));
    const without = mtoeView(bundle, computeMetrics(bundle));
    expect(without.chart.series[0]?.points.map((p) => p.y)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(yAt(without, "gas_mtoe", "2023")).toBeCloseTo(28.9046, 4);
    expect(without.chart.annotations).toEqual([]);
  });
});
