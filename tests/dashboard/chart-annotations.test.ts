// The annotations drawn in place of chartjs-plugin-annotation: what each kind the chart config
// writes puts on the canvas, on a chart whose scales put value v at pixel 10 × v.
import { describe, expect, it } from "vitest";
import type { Chart } from "chart.js";
import { annotationPlugin } from "@/app/components/chart-annotations";
import { toChartJsConfig, type Theme } from "@/lib/chart/chartjs-config";
import type { ChartAnnotation, ChartSpec } from "@/lib/chart/spec";

const THEME: Theme = {
  text: "#111",
  grid: "#ddd",
  annotation: "#444",
  band: "#eee",
  labelBackground: "#fff",
  hatch: (c: string) => c,
};

function draw(annotations: ChartAnnotation[]) {
  const calls: string[] = [];
  const ctx = new Proxy(
    {},
    {
      get: (_, name: string) =>
        name === "measureText"
          ? () => ({ width: 40 })
          : (...args: unknown[]) => calls.push(`${name}(${args.join(",")})`),
      set: () => true,
    },
  );
  const spec: ChartSpec = {
    xType: "category",
    labels: ["2019", "2020", "2021"],
    xTitle: "Year",
    yTitle: "bcm",
    yUnit: "bcm",
    stacked: false,
    series: [],
    annotations,
  };
  const config = toChartJsConfig(spec, THEME);
  const chart = {
    ctx,
    chartArea: { left: 0, right: 300, top: 0, bottom: 500 },
    scales: {
      x: { getPixelForValue: (v: number) => 10 * v },
      y: { getPixelForValue: (v: number) => 10 * v },
    },
    config: { options: config.options },
    options: { font: { family: "sans-serif" } },
  } as unknown as Chart;
  (annotationPlugin.afterDatasetsDraw as (c: Chart) => void)(chart);
  return calls;
}

describe("chart annotations, drawn from the chart config's annotation options", () => {
  it("an event line at x = 2 runs from the chart's bottom (500) to its top (0) at pixel 20", () => {
    const calls = draw([{ kind: "vline", x: 2, label: "Event", date: "2021-01" }]);
    expect(calls).toContain("moveTo(20,500)");
    expect(calls).toContain("lineTo(20,0)");
    expect(calls.some((c) => c.startsWith("fillText(Event,"))).toBe(true);
  });

  it("a capacity line at y = 38 runs across the chart at pixel 380, its label drawn", () => {
    const calls = draw([{ kind: "hline", y: 38, label: "Capacity" }]);
    expect(calls).toContain("moveTo(0,380)");
    expect(calls).toContain("lineTo(300,380)");
    expect(calls.some((c) => c.startsWith("fillText(Capacity,"))).toBe(true);
  });

  it("a box from x 0.55 to 1.45, y 24.1 to 24.5 fills 9 px wide from (5.5, 241)", () => {
    const calls = draw([
      { kind: "box", xMin: 0.55, xMax: 1.45, yMin: 24.1, yMax: 24.5, label: "Base" },
    ]);
    const fill = calls.find((c) => c.startsWith("fillRect(5.5"))!;
    const [x, y, w, h] = fill.slice("fillRect(".length, -1).split(",").map(Number);
    expect([x, y, w, h]).toEqual([5.5, 245, 9, -4]);
  });

  it("a bracket at x = 1 from 28 to 175 has a line and both arrow heads", () => {
    const calls = draw([{ kind: "bracket", x: 1, yMin: 28, yMax: 175, label: "Lost" }]);
    expect(calls).toContain("moveTo(10,280)");
    expect(calls).toContain("lineTo(10,1750)");
    // Each arrow head ends on its end of the line.
    expect(calls.filter((c) => c === "lineTo(10,280)" || c === "lineTo(10,1750)")).toHaveLength(3);
  });

  it("a label at (2, 33.7) is written there, clipped to the chart area like the rest", () => {
    const calls = draw([{ kind: "label", x: 2, y: 33.7, label: "Article: 33.7 bcm" }]);
    expect(calls[0]).toBe("save()");
    expect(calls).toContain("rect(0,0,300,500)");
    expect(calls).toContain("clip()");
    expect(calls.some((c) => c.startsWith("translate(20,319)"))).toBe(true);
    expect(calls.some((c) => c.startsWith("fillText(Article: 33.7 bcm,"))).toBe(true);
  });

  it("draws nothing for a chart without annotations", () => {
    expect(draw([])).toEqual([]);
  });
});
