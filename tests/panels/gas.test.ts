import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { gasPanel } from "@/lib/panels/gas";
import type { DraftView } from "@/lib/panels/types";
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

  it("stacks the pipeline and the converted LNG for 2019 (first pipeline year) to 2024", () => {
    expect(v.chart.labels).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
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

  it.each([
    {
      kind: "hline",
      expected: [{ kind: "hline", y: 38, label: "Power of Siberia design capacity: 38 bcm/yr" }],
    },
    {
      kind: "label",
      // 2023 is index 4 of 2019–2024
      expected: [{ kind: "label", x: 4, y: 33.7, label: "Article: 33.7 bcm, up “nearly 40%”" }],
    },
  ])("annotates a $kind", ({ kind, expected }) => {
    expect(v.chart.annotations.filter((a) => a.kind === kind)).toEqual(expected);
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

  it("puts the capacity row in the table", () => {
    expect(rowsOf(v, "power_of_siberia_capacity", "2024").map((r) => [r.value, r.basis])).toEqual([
      [38, "capacity"],
    ]);
  });

  it("states the sum of the parts in its takeaway (22.73 + 10.88 = 33.61 → 33.6)", () => {
    expect(gasPanel(shipped, metrics).takeaway).toBe(
      "Pipeline plus LNG gives 33.6 bcm in 2023: the article's 33.7 bcm is this sum, though no source states it.",
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

  it("moves the capacity line, the article's label and the implied base into Mtoe", () => {
    const a = v.chart.annotations;
    // 38 × 0.86 = 32.68
    expect(a.find((x) => x.kind === "hline")).toMatchObject({ y: 32.68 });
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
    expect(fallback.chart.annotations.find((x) => x.kind === "hline")).toMatchObject({ y: 38 });
  });
});

describe("gasPanel without the LNG factor", () => {
  const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "lng_bcm_per_mt,", null));
  const v = stacked(bundle, computeMetrics(bundle));

  it("leaves every LNG year a gap and lists no LNG row, rather than guessing a factor", () => {
    expect(v.chart.series[1]?.points.map((p) => p.y)).toEqual([null, null, null, null, null, null]);
    expect(v.chart.series[1]?.label).toBe("LNG, converted at – bcm/Mt");
    expect(v.rows.filter((r) => r.series.startsWith("lng"))).toEqual([]);
  });
});
