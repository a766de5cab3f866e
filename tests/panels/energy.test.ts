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

// Crude toe per tonne = 7.3 bbl/t × 0.86 Mtoe/bcm ÷ 5.883 Mboe/bcm = 6.278 / 5.883 = 1.0671
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
    // 107.02 × 7.3 × 0.86 / 5.883 = 671.87156 / 5.883 = 114.2056
    { series: "crude_mtoe", year: "2023", expected: 114.2056 },
    // 77.64 × 7.3 × 0.86 / 5.883 = 487.42392 / 5.883 = 82.8530
    { series: "crude_mtoe", year: "2019", expected: 82.853 },
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
    expect(note("crude_mtoe")).toBe(
      "derived: 107.02 Mt × 1.0671 toe/t (7.3 bbl/t ÷ (5.883 Mboe/bcm ÷ 0.86 Mtoe/bcm))",
    );
    expect(note("gas_mtoe")).toBe("derived: (22.73 bcm + 8.0 Mt × 1.36 bcm/Mt) × 0.86 Mtoe/bcm");
  });

  it("labels gas's share on top of the 2023 stack: 114.2056 + 28.9046 = 143.1102", () => {
    const [label, ...more] = v.chart.annotations;
    expect(more).toEqual([]);
    if (label?.kind !== "label") throw new Error("no label");
    expect(label.x).toBe(4);
    expect(label.y).toBeCloseTo(143.1102, 4);
    // 28.9046 / 143.1102 × 100 = 20.1974
    expect(label.label).toBe("Gas: 20.2% of the energy");
  });

  it("converts crude at the scenario's barrels per tonne: 107.02 × 7.45 × 0.86 / 5.883 = 116.5523", () => {
    const scenario = { crudeBblPerTonne: 7.45 };
    const high = mtoeView(shipped, computeMetrics(shipped, scenario), scenario);
    expect(yAt(high, "crude_mtoe", "2023")).toBeCloseTo(116.5523, 4);
  });

  it("leaves crude a gap in every year without the Mboe factor", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "gas_mboe_per_bcm,", null));
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
