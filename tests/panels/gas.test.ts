import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { gasPanel } from "@/lib/panels/gas";
import type { DraftView } from "@/lib/panels/types";
import { toChartJsConfig, type Theme } from "@/lib/chart/chartjs-config";
import { editLine, shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());
const metrics = computeMetrics(shipped);

const stacked = (...args: Parameters<typeof gasPanel>): DraftView => {
  const v = gasPanel(...args).views.find((x) => x.id === "stacked");
  if (!v) throw new Error("gas panel has no stacked view");
  return v;
};

const point = (v: DraftView, series: string, x: string) => {
  const p = v.chart.series.find((s) => s.id === series)?.points.find((q) => q.x === x);
  if (!p) throw new Error(`no point ${series} ${x}`);
  return p;
};

const rowsOf = (v: DraftView, series: string, period: string) =>
  v.rows.filter((r) => r.series === series && r.period === period);

describe("gasPanel(bundle, metrics): in bcm", () => {
  const v = stacked(shipped, metrics);

  it("stacks the pipeline and the converted LNG for 2019 (first pipeline year) to 2025 (latest)", () => {
    expect(v.chart.labels).toEqual(["2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(v.chart.stacked).toBe(true);
    expect(v.chart.yUnit).toBe("bcm");
    expect(v.chart.series.map((s) => [s.id, s.kind, s.stack, s.label])).toEqual([
      ["power_of_siberia", "bar", "gas", "Power of Siberia pipeline"],
      ["lng_bcm", "bar", "gas", "LNG, converted at 1.36 bcm/Mt"],
    ]);
  });

  it.each([
    { series: "power_of_siberia", year: "2019", y: 0.382, basis: "reported" },
    { series: "power_of_siberia", year: "2023", y: 22.73, basis: "reported" },
    // 2019 LNG is not published: a gap
    { series: "lng_bcm", year: "2019", y: null, basis: null },
    // 5.0 Mt × 1.36 = 6.8
    { series: "lng_bcm", year: "2020", y: 6.8, basis: "derived" },
    // 6.485 × 1.36 = 8.8196
    { series: "lng_bcm", year: "2022", y: 8.8196, basis: "derived" },
    // 8.0 × 1.36 = 10.88
    { series: "lng_bcm", year: "2023", y: 10.88, basis: "derived" },
    // published since the article: 38.8 bcm (Gazprom via TASS); 9.8 Mt × 1.36 = 13.328
    { series: "power_of_siberia", year: "2025", y: 38.8, basis: "reported" },
    { series: "lng_bcm", year: "2025", y: 13.328, basis: "derived" },
  ])("shows $series $year as $y bcm ($basis)", ({ series, year, y, basis }) => {
    const p = point(v, series, year);
    if (y === null) expect(p.y).toBeNull();
    else expect(p.y).toBeCloseTo(y, 9);
    expect(p.basis).toBe(basis);
  });

  it("keeps the LNG tonnes as published beside their conversion", () => {
    expect(rowsOf(v, "lng", "2023").map((r) => [r.valueText, r.unit, r.basis])).toEqual([
      ["8.0", "Mt", "reported"],
    ]);
    expect(rowsOf(v, "lng_bcm", "2023")).toEqual([
      {
        period: "2023",
        series: "lng_bcm",
        seriesLabel: "Russian LNG to China, in bcm",
        value: 10.88,
        valueText: "10.88",
        unit: "bcm",
        basis: "derived",
        sourceId: "tass-lng-2023",
        note: "derived: 8.0 Mt × 1.36 bcm/Mt",
        origin: "published",
      },
    ]);
  });

  it("says when the tonnage converted is itself derived (2021: 4.5 Mt)", () => {
    expect(rowsOf(v, "lng_bcm", "2021")[0]?.note).toBe(
      "derived: 4.5 Mt × 1.36 bcm/Mt (the tonnage is itself derived)",
    );
  });

  it("labels the article's 33.7 bcm at the 2023 bar (index 4 of 2019–2025)", () => {
    expect(v.chart.annotations.filter((a) => a.kind === "label")).toEqual([
      { kind: "label", x: 4, y: 33.7, label: "Article: 33.7 bcm, up “nearly 40%”" },
    ]);
  });

  // Capacities from capacities.csv, each from its own date (yearAxisPosition on a 2019 axis:
  // year − 2019 − 0.5 + months elapsed / 12) to the next level's date or the axis end, 2025 + 0.5
  // = 6.5. Not a line across every year (audit C4): no hline at all.
  it("draws Power of Siberia's capacity as segments that start at their own dates", () => {
    expect(v.chart.annotations.filter((a) => a.kind === "hline")).toEqual([]);
    expect(v.chart.annotations.filter((a) => a.kind === "segment")).toEqual([
      // 2023 contract level, 22 bcm/yr: from 4 − 0.5 = 3.5 to 2024-12-01
      {
        kind: "segment",
        xMin: 3.5,
        xMax: 5 - 0.5 + 11 / 12, // 5.41667: 1 December 2024, 11 months elapsed
        y: 22,
        label: "22 bcm/yr, in force from 2023",
        status: "in_force",
      },
      // 38 bcm/yr from 1 December 2024 to the September 2025 agreement, 6 − 0.5 + 8/12 = 6.16667
      {
        kind: "segment",
        xMin: 5 - 0.5 + 11 / 12,
        xMax: 6 - 0.5 + 8 / 12,
        y: 38,
        label: "38 bcm/yr, in force from 2024-12-01",
        status: "in_force",
      },
      // 44 bcm/yr agreed in September 2025, to the axis end 6.5
      {
        kind: "segment",
        xMin: 6 - 0.5 + 8 / 12,
        xMax: 6.5,
        y: 44,
        label: "44 bcm/yr, agreed from 2025-09",
        status: "agreed",
      },
    ]);
  });

  it("draws nothing of the 38 bcm/yr before 2024-12-01: the 2023 bar has only the 22 bcm/yr", () => {
    const over2023 = v.chart.annotations.filter(
      (a) => a.kind === "segment" && a.xMin <= 4 && a.xMax >= 4,
    );
    expect(over2023.map((a) => (a.kind === "segment" ? a.y : null))).toEqual([22]);
  });

  it("dashes the levels in force and dots the agreed 44 bcm/yr", () => {
    const theme: Theme = {
      text: "T",
      grid: "G",
      annotation: "A",
      band: "B",
      labelBackground: "L",
      hatch: (c) => c,
    };
    type Loose = {
      options: { plugins: { annotation: { annotations: { borderDash?: number[] }[] } } };
    };
    const config = toChartJsConfig(v.chart, theme) as unknown as Loose;
    const dashes = config.options.plugins.annotation.annotations.filter(
      (_, i) => v.chart.annotations[i]?.kind === "segment",
    );
    expect(dashes.map((d) => d.borderDash)).toEqual([
      [6, 4],
      [6, 4],
      [2, 3],
    ]);
  });

  it("boxes the 2022 base the article implies over the 2022 bar (index 3)", () => {
    const [box, ...more] = v.chart.annotations.filter((a) => a.kind === "box");
    expect(more).toEqual([]);
    if (box?.kind !== "box") throw new Error("no box");
    expect([box.xMin, box.xMax]).toEqual([3 - 0.45, 3 + 0.45]);
    // 33.7 / 1.40 = 24.0714 ("40%"); 33.7 / 1.375 = 24.5091 ("nearly" read as at least 37.5%)
    expect(box.yMin).toBeCloseTo(24.0714, 4);
    expect(box.yMax).toBeCloseTo(24.5091, 4);
    expect(box.label).toBe("Implied 2022 base: 24.1–24.5 bcm");
  });

  it("puts each capacity row in the table at its own date, the 2023 contract level as derived", () => {
    expect(
      v.rows
        .filter((r) => r.series.endsWith("_capacity"))
        .map((r) => [r.series, r.period, r.value, r.basis]),
    ).toEqual([
      ["power_of_siberia_capacity", "2023", 22, "derived"],
      ["power_of_siberia_capacity", "2024-12-01", 38, "capacity"],
      ["power_of_siberia_capacity", "2025-09", 44, "capacity"],
      ["power_of_siberia_2_capacity", "2025-09", 50, "capacity"],
    ]);
  });

  // Parts 22.73 + 8.0 × 1.36 = 33.61; with the LNG factor's range 1.31–1.36: 33.21 to 33.61.
  // 33.7 is above 33.61 + 0.05 (half its last digit), so the takeaway says so; the article's
  // total needs (33.7 − 22.73) / 8.0 = 10.97 / 8 = 1.37125 → 1.371 bcm/Mt.
  it("says the article's 33.7 bcm is just above the parts (33.61) and the LNG factor it needs", () => {
    expect(gasPanel(shipped, metrics).takeaway).toBe(
      "Pipeline plus LNG gives 33.6 bcm in 2023: the article's 33.7 bcm is just above it; it needs LNG at 1.371 bcm/Mt, against the 1.36 used here.",
    );
  });

  it("says the article's total is within the parts' range when it is (claim edited to 33.4)", () => {
    const bundle = buildBundle(
      editLine(
        shippedFiles(),
        "article.csv",
        "2023,gas_imports_from_russia,",
        "2023,gas_imports_from_russia,33.4,bcm,reported,article-gas,",
      ),
    );
    // 33.21 − 0.05 ≤ 33.4 ≤ 33.61 + 0.05
    expect(gasPanel(bundle, computeMetrics(bundle)).takeaway).toBe(
      "Pipeline plus LNG gives 33.6 bcm in 2023: the article's 33.4 bcm is within that sum's range, though no source states it.",
    );
  });

  it("converts LNG at the scenario's factor: 8.0 × 1.31 = 10.48", () => {
    const low = stacked(shipped, metrics, { lngBcmPerMt: 1.31 });
    expect(point(low, "lng_bcm", "2023").y).toBeCloseTo(10.48, 9);
    expect(low.chart.series[1]?.label).toBe("LNG, converted at 1.31 bcm/Mt");
  });
});

describe("gasPanel(bundle, metrics, scenario, 'Mtoe')", () => {
  const v = stacked(shipped, metrics, {}, "Mtoe");

  it("converts every volume at 0.86 Mtoe/bcm", () => {
    expect(v.chart.yUnit).toBe("Mtoe");
    expect(v.chart.yTitle).toBe("Million tonnes of oil equivalent (Mtoe)");
    expect(v.chart.series.map((s) => s.id)).toEqual(["power_of_siberia_mtoe", "lng_mtoe"]);
    // 22.73 × 0.86 = 19.5478
    expect(point(v, "power_of_siberia_mtoe", "2023")).toEqual({
      x: "2023",
      y: 19.5478,
      basis: "derived",
      tip: "2023",
    });
    // 8.0 × 1.36 × 0.86 = 10.88 × 0.86 = 9.3568
    expect(point(v, "lng_mtoe", "2023").y).toBeCloseTo(9.3568, 9);
  });

  it("keeps the reported bcm in the table beside the converted Mtoe", () => {
    expect(
      [...rowsOf(v, "power_of_siberia", "2023"), ...rowsOf(v, "power_of_siberia_mtoe", "2023")].map(
        (r) => [r.valueText, r.unit, r.basis, r.note],
      ),
    ).toEqual([
      ["22.73", "bcm", "reported", ""],
      ["19.5478", "Mtoe", "derived", "derived: 22.73 bcm × 0.86 Mtoe/bcm"],
    ]);
    expect(rowsOf(v, "lng_mtoe", "2023")[0]?.note).toBe(
      "derived: 8.0 Mt × 1.36 bcm/Mt × 0.86 Mtoe/bcm",
    );
  });

  it("moves the capacity segments, the article's label and the implied base into Mtoe", () => {
    const a = v.chart.annotations;
    // 22 × 0.86 = 18.92; 38 × 0.86 = 32.68; 44 × 0.86 = 37.84
    const levels = a.flatMap((x) => (x.kind === "segment" ? [x.y] : []));
    expect(levels).toHaveLength(3);
    [18.92, 32.68, 37.84].forEach((y, i) => expect(levels[i]).toBeCloseTo(y, 9));
    // 33.7 × 0.86 = 28.982
    const label = a.find((x) => x.kind === "label");
    if (label?.kind !== "label") throw new Error("no label");
    expect(label.y).toBeCloseTo(28.982, 9);
    const box = a.find((x) => x.kind === "box");
    if (box?.kind !== "box") throw new Error("no box");
    // 24.0714 × 0.86 = 20.7014; 24.5091 × 0.86 = 21.0778
    expect(box.yMin).toBeCloseTo(20.7014, 4);
    expect(box.yMax).toBeCloseTo(21.0778, 4);
  });

  it("stays in bcm when factors.csv has no gas_mtoe_per_bcm", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "gas_mtoe_per_bcm,", null));
    const fallback = stacked(bundle, computeMetrics(bundle), {}, "Mtoe");
    expect(fallback.chart.yUnit).toBe("bcm");
    expect(point(fallback, "power_of_siberia", "2023").y).toBe(22.73);
    expect(fallback.chart.annotations.flatMap((x) => (x.kind === "segment" ? [x.y] : []))).toEqual([
      22, 38, 44,
    ]);
  });
});

describe("gasPanel without the LNG factor", () => {
  const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "lng_bcm_per_mt,", null));
  const v = stacked(bundle, computeMetrics(bundle));

  it("leaves every LNG year a gap and lists no LNG row, rather than guessing a factor", () => {
    // 2019–2025: seven years, every one a gap
    expect(v.chart.series[1]?.points.map((p) => p.y)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(v.chart.series[1]?.label).toBe("LNG, converted at – bcm/Mt");
    expect(v.rows.filter((r) => r.series.startsWith("lng"))).toEqual([]);
  });
});

describe("gasPanel(bundle, metrics, scenario, 'Mtoe'): annotation text follows the unit", () => {
  const a = stacked(shipped, metrics, {}, "Mtoe").chart.annotations;

  it.each([
    // article.csv: 33.7 bcm; 33.7 × 0.86 = 28.982 → 29.0
    ["label", "Article: 33.7 bcm (29.0 Mtoe), up “nearly 40%”"],
    // gas_base_implied_bcm 24.0714–24.5091 bcm × 0.86 = 20.7014–21.0778 → 20.7–21.1
    ["box", "Implied 2022 base: 20.7–21.1 Mtoe"],
  ])("writes the %s as %s", (kind, text) => {
    expect(a.filter((x) => x.kind === kind).map((x) => x.label)).toEqual([text]);
  });

  it("writes each capacity in Mtoe with the stated bcm beside it: 22, 38, 44 × 0.86 = 18.92, 32.68, 37.84", () => {
    expect(a.flatMap((x) => (x.kind === "segment" ? [x.label] : []))).toEqual([
      "18.9 Mtoe/yr (22 bcm/yr), in force from 2023",
      "32.7 Mtoe/yr (38 bcm/yr), in force from 2024-12-01",
      "37.8 Mtoe/yr (44 bcm/yr), agreed from 2025-09",
    ]);
  });

  it("says in words that it stays in bcm when factors.csv has no gas_mtoe_per_bcm", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "gas_mtoe_per_bcm,", null));
    const v = stacked(bundle, computeMetrics(bundle), {}, "Mtoe");
    expect(v.context).toMatch(/Shown in bcm: factors\.csv has no Mtoe per bcm factor/);
    expect(v.chart.annotations.find((x) => x.kind === "label")?.label).toBe(
      "Article: 33.7 bcm, up “nearly 40%”",
    );
  });
});
