import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeDashboard, withoutRows } from "@/lib/dashboard/compute";
import { DEFAULT_VIEW } from "@/lib/view/state";
import { shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());

describe("computeDashboard", () => {
  it("gives the server's model as plain data: it crosses to the browser as props unchanged", () => {
    const model = computeDashboard(shipped, DEFAULT_VIEW);
    // structuredClone throws on a function and drops nothing else a server→client prop can hold.
    expect(structuredClone(model)).toEqual(model);
    expect(model.panels.map((p) => p.id)).toEqual(["oil", "gas", "savings", "europe", "energy"]);
    expect(model.headlines).toHaveLength(4);
  });

  it("follows the view: 7.45 bbl/t gives 107.02 × 7.45 ÷ 365 mb/d, and oil in Mt keeps 107.02", () => {
    const model = computeDashboard(shipped, {
      ...DEFAULT_VIEW,
      oilUnit: "Mt",
      scenario: { crudeBblPerTonne: 7.45 },
    });
    const mbd = model.metrics.find((m) => m.id === "crude_mbd_from_tonnes");
    // Metric values are kept to 11 decimals.
    expect(mbd?.value).toBeCloseTo((107.02 * 7.45) / 365, 10);
    const oil = model.panels.find((p) => p.id === "oil")?.views[0];
    const russia2023 = oil?.rows.find(
      (r) => r.series === "russia" && r.period === "2023" && r.unit === "Mt",
    );
    expect(russia2023?.value).toBe(107.02);
  });
});

describe("the model's controls and cited sources", () => {
  const model = computeDashboard(shipped, DEFAULT_VIEW);

  it("gives the sliders the published factors and the savings estimate", () => {
    expect(model.controls.crudeBblPerTonne).toBe(7.3);
    expect(model.controls.lngBcmPerMt).toBe(1.36);
    expect(model.controls.savingsEstimate).toEqual({ value: 4.34, unit: "USD bn" });
    expect(model.controls.years[0]).toBeLessThanOrEqual(2014);
    expect(model.controls.years).toContain(2023);
  });

  it("carries only the sources the metrics cite, each of them", () => {
    const cited = new Set(model.metrics.flatMap((m) => m.inputs.map((i) => i.sourceId)));
    cited.delete(""); // a stated assumption cites no source
    expect(new Set(model.metricSources.map((s) => s.id))).toEqual(cited);
    expect(model.metricSources.length).toBeLessThan(shipped.sources.length);
  });
});

describe("what / sends: the model without rows, each view with the kinds of value it draws", () => {
  const full = computeDashboard(shipped, DEFAULT_VIEW);
  const sent = withoutRows(full);

  it("leaves out every view's rows and nothing else", () => {
    expect(sent.panels.flatMap((p) => p.views.map((v) => v.rows))).toEqual(
      full.panels.flatMap((p) => p.views.map(() => null)),
    );
    const strip = (m: typeof sent) =>
      m.panels.map((p) => ({ ...p, views: p.views.map((v) => ({ ...v, rows: undefined })) }));
    expect(strip(sent)).toEqual(strip(full));
    expect(sent.metrics).toBe(full.metrics);
  });

  it("names the kinds each first view draws, as on the page's basis legends", () => {
    const bases = Object.fromEntries(full.panels.map((p) => [p.id, p.views[0]?.bases]));
    expect(bases).toEqual({
      oil: ["reported", "derived"],
      // Capacity levels are segments from their dates (annotations, with the chart's key), not a series.
      gas: ["reported", "derived"],
      savings: ["reported", "derived"],
      europe: ["reported"],
      energy: ["derived"],
    });
  });
});
