import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeDashboard } from "@/lib/dashboard/compute";
import { createPipeline } from "@/lib/dashboard/pipeline";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view/state";
import { shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());
const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });
const lngBar = (run: ReturnType<ReturnType<typeof createPipeline>>, year: string) =>
  run.panels
    .find((p) => p.id === "gas")!
    .views[0]!.chart.series.find((s) => s.id === "lng_bcm")!
    .points.find((p) => p.x === year)!.y;

describe("the dashboard pipeline recomputes only what a change touches", () => {
  it("computes every step on its first run", () => {
    const run = createPipeline()(shipped, DEFAULT_VIEW);
    expect(run.computed).toEqual([
      "metrics",
      "checks",
      "panel:oil",
      "view:oil",
      "panel:gas",
      "view:gas",
      "panel:savings",
      "view:savings",
      "panel:europe",
      "view:europe",
      "panel:energy",
      "view:energy",
      "headlines",
      "controls",
      "sources",
    ]);
  });

  it("the LNG factor 1.36 → 1.31 rebuilds the gas and energy panels, not oil, savings, europe", () => {
    const pipeline = createPipeline();
    const before = pipeline(shipped, DEFAULT_VIEW);
    const after = pipeline(shipped, view({ scenario: { lngBcmPerMt: 1.31 } }));
    expect(after.computed.filter((s) => s.startsWith("panel:"))).toEqual([
      "panel:gas",
      "panel:energy",
    ]);
    const byId = (r: typeof before) => new Map(r.panels.map((p) => [p.id, p]));
    for (const id of ["oil", "savings", "europe"])
      expect(byId(after).get(id)).toBe(byId(before).get(id));
    expect(byId(after).get("gas")).not.toBe(byId(before).get("gas"));
    // data/gas_china.csv: 2023 LNG 8.0 Mt; data/factors.csv: lng_bcm_per_mt 1.360.
    expect(lngBar(before, "2023")).toBeCloseTo(8.0 * 1.36, 10);
    expect(lngBar(after, "2023")).toBeCloseTo(8.0 * 1.31, 10);
  });

  it("the oil unit rebuilds the oil panel only: no metric, check or headline is recomputed", () => {
    const pipeline = createPipeline();
    const before = pipeline(shipped, DEFAULT_VIEW);
    const after = pipeline(shipped, view({ oilUnit: "Mt" }));
    expect(after.computed).toEqual(["panel:oil", "view:oil"]);
    expect(after.metrics).toBe(before.metrics);
    expect(after.headlines).toBe(before.headlines);
    expect(after.sections[1]).toBe(before.sections[1]);
    // data/crude_annual.csv: Russia 2023 107.02 Mt, shown as reported in Mt.
    const russia = after.panels[0]!.views[0]!.chart.series.find((s) => s.id === "russia")!;
    expect(russia.points.find((p) => p.x === "2023")!.y).toBe(107.02);
  });

  it("a year range applies to every panel's views and builds none", () => {
    const pipeline = createPipeline();
    pipeline(shipped, DEFAULT_VIEW);
    const after = pipeline(shipped, view({ fromYear: 2020 }));
    expect(after.computed).toEqual([
      "view:oil",
      "view:gas",
      "view:savings",
      "view:europe",
      "view:energy",
    ]);
    expect(after.panels[1]!.views[0]!.chart.labels[0]).toBe("2020");
  });

  it("the same view again, or an equal scenario in a new object, computes nothing", () => {
    const pipeline = createPipeline();
    const first = pipeline(shipped, view({ scenario: { lngBcmPerMt: 1.31 } }));
    const again = pipeline(shipped, view({ scenario: { lngBcmPerMt: 1.31 } }));
    expect(again.computed).toEqual([]);
    expect(again.panels).toBe(first.panels);
    expect(again.sections).toBe(first.sections);
  });

  it("the savings discount recomputes metrics but rebuilds no panel: no panel draws that metric", () => {
    const pipeline = createPipeline();
    const before = pipeline(shipped, DEFAULT_VIEW);
    const after = pipeline(shipped, view({ scenario: { savingsDiscountUsdPerBbl: 10 } }));
    expect(after.computed.filter((s) => s.startsWith("panel:"))).toEqual([]);
    expect(after.computed).toContain("metrics");
    // Only the savings panel explains the changed metric: its section is new, the others are kept.
    expect(after.sections.map((s, i) => s === before.sections[i])).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(after.panels).toBe(before.panels);
  });

  it("a new bundle (the reader's data) recomputes everything", () => {
    const pipeline = createPipeline();
    pipeline(shipped, DEFAULT_VIEW);
    const other = buildBundle(shippedFiles());
    expect(pipeline(other, DEFAULT_VIEW).computed).toHaveLength(15);
  });

  it("after any sequence of changes gives what a fresh computation of the last view gives", () => {
    const pipeline = createPipeline();
    const views = [
      view({ scenario: { crudeBblPerTonne: 7.45 } }),
      view({ scenario: { crudeBblPerTonne: 7.45 }, oilUnit: "Mt", mode: "change" }),
      view({ scenario: { nearlyFortyLowPct: 35, savingsVolume: "seaborne" }, gasUnit: "Mtoe" }),
      view({ scenario: { nearlyFortyLowPct: 35 }, fromYear: 2019, toYear: 2023 }),
      DEFAULT_VIEW,
    ];
    for (const v of views) {
      const { metrics, checks, headlines, panels, controls, metricSources } = pipeline(shipped, v);
      expect({ metrics, checks, headlines, panels, controls, metricSources }).toEqual(
        computeDashboard(shipped, v),
      );
    }
  });
});

describe("pipeline.forget()", () => {
  it("lets go of the last run: the next run computes every step again", () => {
    const pipeline = createPipeline();
    pipeline(shipped, DEFAULT_VIEW);
    pipeline.forget();
    expect(pipeline(shipped, DEFAULT_VIEW).computed).toHaveLength(15);
  });
});
