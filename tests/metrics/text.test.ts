// Text that follows the data (issue 10, kind 5) and ranges that never come from the claim they
// test (kind 2): change a figure in the data and every number in the words changes with it.
import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import type { MetricId } from "@/lib/metrics/ids";
import { computeMetrics, METRIC_DEFINITIONS } from "@/lib/metrics/registry";
import { buildPanels } from "@/lib/panels/index";
import { editLine, shippedFiles } from "../support/data";
import { byId } from "./helpers";

const SHIPPED = shippedFiles();
const GAS = "2023,gas_imports_from_russia,";
const gasClaim = (v: string) =>
  editLine(SHIPPED, "article.csv", GAS, `${GAS}${v},bcm,reported,article-gas,`);

describe("formulas carry no data numbers", () => {
  // Allowed: the constants of arithmetic and of the sources' convention, never a data figure
  // (33.7, 38, 175, 180, 37.5, 40, 1.36, 7.3, 273 …).
  const CONSTANTS = /[×÷] 1000?(?!\d)|\b365\b|− 1\)|\(1 \+/g;

  it.each(METRIC_DEFINITIONS.map((d) => [d.id, d.formula]))(
    "%s's formula has no digit but × 100, × 1000, ÷ 1000, 365 and the 1 of a growth rate",
    (_, formula) => {
      expect(formula.replace(CONSTANTS, "")).not.toMatch(/\d/);
    },
  );

  it("would catch a data number: the pattern leaves 33.7 and × 1.36 in place", () => {
    expect("33.7 × 1.36 × 100".replace(CONSTANTS, "")).toMatch(/\d/);
    expect("(a ÷ b − 1) × 100 ÷ 1000 × 365 ÷ (1 + g)".replace(CONSTANTS, "")).not.toMatch(/\d/);
  });
});

describe("no range end comes from the claim it tests", () => {
  const shipped = byId(computeMetrics(buildBundle(SHIPPED)));
  const moved = byId(computeMetrics(buildBundle(gasClaim("33.9"))));

  it.each<MetricId>(["gas_total_from_parts_bcm", "gas_growth_from_parts_pct", "gas_mtoe"])(
    "%s keeps its value, low and high when the article's 33.7 bcm becomes 33.9",
    (id) => {
      const [a, b] = [shipped.get(id)!, moved.get(id)!];
      expect([b.value, b.low, b.high]).toEqual([a.value, a.low, a.high]);
      expect(a.value).not.toBeNull();
    },
  );

  it("changes the metric that is about the claim: the implied factor (33.9 − 22.73) / 8.0 = 1.39625", () => {
    expect(moved.get("lng_factor_implied_by_article")!.value).toBeCloseTo(1.39625, 6);
  });

  it("has no factor in factors.csv with an end at the article-implied (33.7 − 22.73) / 8.0 = 1.37125", () => {
    const bundle = buildBundle(SHIPPED);
    const implied = (33.7 - 22.73) / 8.0;
    for (const f of bundle.factors) {
      for (const end of [f.low, f.high]) {
        // neither the factor itself nor its rounding to 1.37 or 1.38 (the old circular top, D13)
        expect(Math.abs(end - implied), `${f.id} ${end}`).toBeGreaterThan(0.006);
      }
    }
    const lng = bundle.factors.find((f) => f.id === "lng_bcm_per_mt")!;
    expect([lng.value, lng.low, lng.high]).toEqual([1.36, 1.31, 1.36]);
  });
});

describe("the gas panel's words follow an upload", () => {
  // The chart's annotation and series labels, joined: the words drawn on the chart.
  const annotationLabels = (files: Record<string, string>) => {
    const bundle = buildBundle(files);
    const gas = buildPanels(bundle, computeMetrics(bundle)).find((p) => p.id === "gas")!;
    return gas.views
      .flatMap((v) => [
        ...v.chart.annotations.map((a) => a.label),
        ...v.chart.series.map((s) => s.label),
      ])
      .join(" | ");
  };

  it("labels the article's claim 33.7 bcm and the base it implies, 33.7 / 1.4 to 33.7 / 1.375", () => {
    const labels = annotationLabels(SHIPPED);
    expect(labels).toContain("Article: 33.7 bcm");
    expect(labels).toContain("Implied 2022 base: 24.1–24.5 bcm");
  });

  it("labels 35.1 bcm, and nowhere 33.7, when the article's claim is changed to 35.1", () => {
    const labels = annotationLabels(gasClaim("35.1"));
    expect(labels).toContain("Article: 35.1 bcm");
    // 35.1 / 1.4 = 25.07; 35.1 / 1.375 = 25.53
    expect(labels).toContain("Implied 2022 base: 25.1–25.5 bcm");
    expect(labels).not.toContain("33.7");
    expect(labels).not.toContain("24.1");
  });

  it("labels each capacity from its capacities.csv row, and the growth as the article words it", () => {
    const files = editLine(
      SHIPPED,
      "article.csv",
      "2023,gas_imports_growth,",
      "2023,gas_imports_growth,45,%,reported,article-gas,",
    );
    const labels = annotationLabels(files);
    expect(labels).toContain("“nearly 45%”");
    expect(labels).not.toContain("nearly 40%");
    // capacities.csv: value, unit, status and the date it applies from
    expect(labels).toContain("38 bcm/yr, in force from 2024-12-01");
    expect(labels).toContain("44 bcm/yr, agreed from 2025-09");
    expect(labels).not.toContain("design capacity");
  });

  it("labels 39 bcm/yr from 2024-11-15, and nowhere 38 bcm/yr, when the capacity row is changed", () => {
    const files = editLine(
      SHIPPED,
      "capacities.csv",
      "power_of_siberia,2024-12-01,38,",
      "power_of_siberia,2024-11-15,39,bcm/yr,in_force,reported,tass-power-of-siberia-capacity,x",
    );
    expect(annotationLabels(files)).toContain("39 bcm/yr, in force from 2024-11-15");
    // The event of that day says what happened without a figure ("Power of Siberia reaches
    // full capacity"); the level itself is what the capacity row draws, in the unit shown.
    const bundle = buildBundle(files);
    const gas = buildPanels(bundle, computeMetrics(bundle)).find((p) => p.id === "gas")!;
    const segments = gas.views.flatMap((v) =>
      v.chart.annotations.filter((a) => a.kind === "segment").map((a) => a.label),
    );
    expect(segments.filter((l) => l.includes("38"))).toEqual([]);
  });
});
