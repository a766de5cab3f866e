import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { europePanel } from "@/lib/panels/europe";
import type { DraftPanel, DraftView } from "@/lib/panels/types";
import { editLine, shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());
const panel = europePanel(shipped, computeMetrics(shipped));

const view = (p: DraftPanel, id: string): DraftView => {
  const v = p.views.find((x) => x.id === id);
  if (!v) throw new Error(`no view ${id}`);
  return v;
};

const ys = (v: DraftView, series: string) =>
  v.chart.series.find((s) => s.id === series)?.points.map((p) => p.y);

describe("europePanel(bundle, metrics): Europe vs China", () => {
  const comparison = view(panel, "comparison");

  it("compares Reuters' European series with Power of Siberia from 2018 to 2025", () => {
    expect(comparison.chart.labels).toEqual([
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
    ]);
    expect(ys(comparison, "reuters_pipeline_europe")).toEqual([
      null,
      null,
      null,
      null,
      63.8,
      28.3,
      32,
      18,
    ]);
    expect(ys(comparison, "power_of_siberia")).toEqual([
      null,
      0.382,
      4.1,
      10.39,
      15.4,
      22.73,
      31.12,
      // 2025: 38.8 bcm (Gazprom via TASS), published since the article
      38.8,
    ]);
  });

  it("draws only the events tagged 'europe': 2022-02 (two, one line) and 2025-01-01", () => {
    const lines = comparison.chart.annotations.filter((a) => a.kind === "vline");
    // 2022-02 on an axis from 2018: 4 − 0.5 + 1/12 = 3.58333; 2025-01-01: 7 − 0.5 + 0 = 6.5
    expect(lines.map((l) => [l.date, l.x])).toEqual([
      ["2022-02", 4 - 0.5 + 1 / 12],
      ["2025-01-01", 7 - 0.5],
    ]);
    // gas-only events (Power of Siberia first gas, its 38 bcm/yr) are not Europe's
    expect(lines.map((l) => l.date)).not.toContain("2019-12-02");
    expect(lines.map((l) => l.date)).not.toContain("2024-12-01");
  });

  it("boxes the 2018–2019 peak over the first two bars (−0.45 to 1.45), 175 to 180 bcm", () => {
    expect(comparison.chart.annotations.filter((a) => a.kind === "box")).toEqual([
      {
        kind: "box",
        xMin: 0 - 0.45,
        xMax: 1 + 0.45,
        yMin: 175,
        yMax: 180,
        label: "Peak to Europe, 2018–2019: 175–180 bcm",
      },
    ]);
  });

  it("brackets what was lost by 2023: from 28.3 bcm up to the peak's midpoint, (175 + 180) / 2 = 177.5", () => {
    const brackets = comparison.chart.annotations.filter((a) => a.kind === "bracket");
    expect(brackets).toHaveLength(1);
    const [b] = brackets;
    if (b?.kind !== "bracket") throw new Error("no bracket");
    // 2023 is index 5; the bracket sits just left of its bar
    expect(b.x).toBeCloseTo(5 - 0.3, 10);
    expect([b.yMin, b.yMax]).toEqual([28.3, 177.5]);
    // 175 − 28.3 = 146.7; 180 − 28.3 = 151.7; 22.73 / 149.2 × 100 = 15.23 → 15
    expect(b.label).toBe("Lost by 2023: 146.7–151.7 bcm; Power of Siberia carried 15% of that");
  });

  it("lists the two ends of the peak among its rows", () => {
    expect(
      comparison.rows
        .filter((r) => r.period === "2018/2019")
        .map((r) => [r.series, r.value, r.basis]),
    ).toEqual([
      ["reuters_pipeline_europe_peak_low", 175, "reported"],
      ["reuters_pipeline_europe_peak_high", 180, "reported"],
    ]);
  });

  it("states the loss and the share in its takeaway: 149.2 → 149 bcm, 15.23 → 15%", () => {
    expect(panel.takeaway).toBe(
      "Pipeline gas to Europe fell by about 149 bcm from its peak; in 2023 Power of Siberia carried about 15% of that volume.",
    );
  });

  it("draws neither box nor bracket without the peak's high end", () => {
    const bundle = buildBundle(
      editLine(
        shippedFiles(),
        "gas_europe.csv",
        "2018/2019,reuters_pipeline_europe_peak_high,",
        null,
      ),
    );
    const v = view(europePanel(bundle, computeMetrics(bundle)), "comparison");
    expect(v.chart.annotations.filter((a) => a.kind === "box" || a.kind === "bracket")).toEqual([]);
    // the events stay: only the peak's shapes depend on the removed row
    expect(v.chart.annotations.filter((a) => a.kind === "vline")).toHaveLength(2);
  });
});

describe("europePanel(bundle, metrics): Gazprom's own totals", () => {
  const gazprom = view(panel, "gazprom");

  it("keeps each scope of Gazprom's totals its own series, 2015–2022", () => {
    expect(gazprom.chart.labels).toEqual([
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
    ]);
    expect(gazprom.chart.series.map((s) => [s.id, s.colour])).toEqual([
      ["gazprom_europe_turkey", 2],
      ["gazprom_europe", 3],
      ["gazprom_far_abroad_incl_china", 6],
    ]);
    expect(ys(gazprom, "gazprom_europe_turkey")).toEqual([
      158.6,
      179.3,
      null,
      201,
      null,
      null,
      null,
      null,
    ]);
    expect(ys(gazprom, "gazprom_europe")).toEqual([
      null,
      null,
      193.9,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(ys(gazprom, "gazprom_far_abroad_incl_china")).toEqual([
      null,
      null,
      null,
      null,
      199.3,
      179.3,
      185.1,
      100.9,
    ]);
  });

  it("never puts two scopes in one series: every point's row belongs to that series", () => {
    for (const s of gazprom.chart.series) {
      const years = s.points.filter((p) => p.y !== null).map((p) => p.x);
      const rowYears = gazprom.rows.filter((r) => r.series === s.id).map((r) => r.period);
      expect(years, s.id).toEqual(rowYears);
    }
    expect(gazprom.rows).toHaveLength(8);
    expect(gazprom.chart.annotations).toEqual([]);
  });
});

describe("europePanel(bundle, metrics, 'Mtoe'): the gas unit applies to Europe too", () => {
  // factors.csv: gas_mtoe_per_bcm = 0.860 (BP); every bcm value × 0.86
  const mtoe = europePanel(shipped, computeMetrics(shipped), "Mtoe");
  const comparison = view(mtoe, "comparison");
  const gazprom = view(mtoe, "gazprom");

  it("titles both views' axes in Mtoe", () => {
    for (const v of [comparison, gazprom]) {
      expect(v.chart.yUnit).toBe("Mtoe");
      expect(v.chart.yTitle).toBe("Million tonnes of oil equivalent (Mtoe)");
    }
  });

  it.each([
    // gas_europe.csv 63.8, 28.3, 32, 18 bcm (2022–2025)
    ["reuters_pipeline_europe_mtoe", [null, null, null, null, 54.868, 24.338, 27.52, 15.48]],
    // gas_china.csv 0.382, 4.1, 10.39, 15.4, 22.73, 31.12, 38.8 bcm (2019–2025)
    ["power_of_siberia_mtoe", [null, 0.32852, 3.526, 8.9354, 13.244, 19.5478, 26.7632, 33.368]],
  ] as const)("draws %s as bcm × 0.86: %j", (series, expected) => {
    const got = ys(comparison, series);
    expect(got).toHaveLength(expected.length);
    expected.forEach((y, i) =>
      y === null ? expect(got?.[i]).toBeNull() : expect(got?.[i]).toBeCloseTo(y, 9),
    );
  });

  it("converts Gazprom's totals too: 158.6 × 0.86 = 136.396, 100.9 × 0.86 = 86.774", () => {
    expect(ys(gazprom, "gazprom_europe_turkey_mtoe")?.[0]).toBeCloseTo(136.396, 9);
    expect(ys(gazprom, "gazprom_far_abroad_incl_china_mtoe")?.[7]).toBeCloseTo(86.774, 9);
  });

  it("keeps the reported bcm row in the table beside the derived Mtoe row", () => {
    expect(
      comparison.rows
        .filter((r) => r.period === "2023" && r.series.startsWith("reuters"))
        .map((r) => [r.series, r.value, r.unit, r.basis, r.note]),
    ).toEqual([
      ["reuters_pipeline_europe", 28.3, "bcm", "reported", "Reuters series"],
      [
        "reuters_pipeline_europe_mtoe",
        24.338,
        "Mtoe",
        "derived",
        "derived: 28.3 bcm × 0.86 Mtoe/bcm",
      ],
    ]);
  });

  it("moves the peak box to 175 × 0.86 = 150.5 to 180 × 0.86 = 154.8 Mtoe and says so", () => {
    const [box] = comparison.chart.annotations.filter((a) => a.kind === "box");
    if (box?.kind !== "box") throw new Error("no box");
    expect(box.yMin).toBeCloseTo(150.5, 9);
    expect(box.yMax).toBeCloseTo(154.8, 9);
    expect(box.label).toBe("Peak to Europe, 2018–2019: 150.5–154.8 Mtoe");
  });

  it("brackets the loss in Mtoe: 28.3 × 0.86 = 24.338 up to 177.5 × 0.86 = 152.65; 146.7 and 151.7 bcm → 126.2–130.5 Mtoe", () => {
    const [b] = comparison.chart.annotations.filter((a) => a.kind === "bracket");
    if (b?.kind !== "bracket") throw new Error("no bracket");
    expect(b.yMin).toBeCloseTo(24.338, 9);
    expect(b.yMax).toBeCloseTo(152.65, 9);
    expect(b.label).toBe("Lost by 2023: 126.2–130.5 Mtoe; Power of Siberia carried 15% of that");
  });

  it("states the loss in Mtoe in its takeaway: 149.2 × 0.86 = 128.312 → 128", () => {
    expect(mtoe.takeaway).toBe(
      "Pipeline gas to Europe fell by about 128 Mtoe from its peak; in 2023 Power of Siberia carried about 15% of that volume.",
    );
  });

  it("stays in bcm without gas_mtoe_per_bcm in factors.csv, and says so in words", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "factors.csv", "gas_mtoe_per_bcm,", null));
    const fallback = europePanel(bundle, computeMetrics(bundle), "Mtoe");
    for (const v of fallback.views) {
      expect(v.chart.yUnit).toBe("bcm");
      expect(v.context).toMatch(
        /Shown in bcm: factors\.csv has no Mtoe per bcm factor \(gas_mtoe_per_bcm\)/,
      );
    }
    expect(ys(view(fallback, "comparison"), "reuters_pipeline_europe")?.[5]).toBe(28.3);
  });
});
