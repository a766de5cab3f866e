import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import type { ChartPoint } from "@/lib/chart/spec";
import { computeMetrics } from "@/lib/metrics/registry";
import { monthAxisPosition, withGaps } from "@/lib/panels/month-axis";
import { savingsPanel } from "@/lib/panels/savings";
import type { DraftView } from "@/lib/panels/types";
import { editLine, shippedFiles } from "../support/data";

describe("monthAxisPosition(period)", () => {
  it.each([
    { period: "2023-03", expected: 3 },
    { period: "2023-08/09", expected: 8.5 },
    // January to September: (1 + 9) / 2
    { period: "2023-01/09", expected: 5 },
    { period: "2023-12", expected: 12 },
    { period: "2023", expected: null },
    { period: "2018/2019", expected: null },
  ])("places $period at $expected", ({ period, expected }) => {
    expect(monthAxisPosition(period)).toBe(expected);
  });
});

describe("withGaps(points, periods)", () => {
  const at = (x: number, y: number): ChartPoint => ({ x, y, basis: "reported", tip: String(x) });
  const gap = (x: number): ChartPoint => ({ x, y: null, basis: null, tip: "" });

  it("adds an empty point for every month no period covers, in month order", () => {
    // 2023-03 covers March; 2023-08/09 covers August and September (its point sits at 8.5)
    expect(withGaps([at(8.5, 1.5), at(3, 8.5)], ["2023-08/09", "2023-03"])).toEqual([
      gap(1),
      gap(2),
      at(3, 8.5),
      gap(4),
      gap(5),
      gap(6),
      gap(7),
      at(8.5, 1.5),
      gap(10),
      gap(11),
      gap(12),
    ]);
  });

  it("adds nothing when every month is covered", () => {
    const points = [at(6.5, 1)];
    expect(withGaps(points, ["2023-01/12"])).toEqual(points);
  });

  it("gives twelve empty points when nothing is covered", () => {
    expect(withGaps([], []).map((p) => [p.x, p.y])).toEqual(
      Array.from({ length: 12 }, (_, i) => [i + 1, null]),
    );
  });
});

const shipped = buildBundle(shippedFiles());
const panel = savingsPanel(shipped, computeMetrics(shipped));
const discounts = panel.views[0] as DraftView;

const seriesPoints = (id: string) => {
  const s = discounts.chart.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s.points.map((p) => [p.x, p.y, p.basis]);
};

describe("savingsPanel(bundle, metrics)", () => {
  it("draws two lines on a linear month axis of 2023 with a tick per month", () => {
    expect(discounts.id).toBe("discounts");
    expect(discounts.chart.xType).toBe("linear");
    expect([discounts.chart.xMin, discounts.chart.xMax]).toEqual([0.5, 12.5]);
    expect(discounts.chart.xTicks?.map((t) => t.value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(discounts.chart.xTicks?.[0]).toEqual({ value: 1, label: "Jan" });
    expect(discounts.chart.xTicks?.[11]).toEqual({ value: 12, label: "Dec" });
    expect(discounts.chart.series.map((s) => [s.id, s.kind])).toEqual([
      ["urals", "line"],
      ["espo", "line"],
    ]);
  });

  it("draws the Urals discount for June to November, as written, with gaps elsewhere", () => {
    expect(seriesPoints("urals")).toEqual([
      [1, null, null],
      [2, null, null],
      [3, null, null],
      [4, null, null],
      [5, null, null],
      [6, 19.43, "derived"],
      [7, 15.7, "derived"],
      [8, 12.2, "derived"],
      [9, 10.9, "reported"],
      [10, 9.6, "reported"],
      // “around $10.28” (Business Recorder, November)
      [11, 10.28, "reported"],
      [12, null, null],
    ]);
  });

  // ESPO vs ICE Brent in 2023: Mar −8.50 and Nov +1 stated as single figures; Aug–Sep (a
  // discount of $1–2), Oct (a premium of 30 to 60 cents) and Dec (discounts of $0.50 to $1)
  // stated as ranges, drawn as ranges (brackets), their derived midpoints kept off the line.
  it("draws the ESPO differentials stated as one figure, sign turned, and breaks the line elsewhere", () => {
    expect(seriesPoints("espo")).toEqual([
      [1, null, null],
      [2, null, null],
      // −(−8.50)
      [3, 8.5, "derived"],
      [4, null, null],
      [5, null, null],
      [6, null, null],
      [7, null, null],
      // Aug–Sep, Oct and Dec were ranges: gaps on the line, not midpoints (−1.5, 0.45, −0.75)
      [8, null, null],
      [9, null, null],
      [10, null, null],
      // a premium of $1 is a discount of −1
      [11, -1, "derived"],
      [12, null, null],
    ]);
    const ys = discounts.chart.series.find((s) => s.id === "espo")!.points.map((p) => p.y);
    for (const midpoint of [1.5, -0.45, 0.75]) expect(ys).not.toContain(midpoint);
  });

  it("draws each stated ESPO range as a bracket, sign turned so a discount is positive", () => {
    const brackets = discounts.chart.annotations.filter((a) => a.kind === "bracket");
    expect(brackets.map((b) => (b.kind === "bracket" ? [b.x, b.yMin, b.yMax] : null))).toEqual([
      // Aug–Sep at (8 + 9) / 2 = 8.5: differential −2 to −1 → discount 1 to 2
      [8.5, 1, 2],
      // Oct: premium 0.30 to 0.60 → discount −0.60 to −0.30
      [10, -0.6, -0.3],
      // Dec: differential −1 to −0.50 → discount 0.50 to 1
      [12, 0.5, 1],
    ]);
    // Each end as stated, in the dashboard's money format: "ESPO -$2.00/bbl to -$1.00/bbl vs ICE Brent".
    expect(brackets.map((b) => b.label)).toEqual([
      "ESPO -$2.00/bbl to -$1.00/bbl vs ICE Brent",
      "ESPO $0.30/bbl to $0.60/bbl vs ICE Brent",
      "ESPO -$1.00/bbl to -$0.50/bbl vs ICE Brent",
    ]);
  });

  it("tips each point with its months and year", () => {
    const espo = discounts.chart.series.find((s) => s.id === "espo")!;
    expect(espo.points.filter((p) => p.y !== null).map((p) => p.tip)).toEqual([
      "Mar 2023",
      "Nov 2023",
    ]);
  });

  it("keeps a stated range's two ends and its derived midpoint in the table, not on the line", () => {
    const oct = discounts.rows.filter((r) => r.period === "2023-10" && r.series.startsWith("espo"));
    expect(oct.map((r) => [r.series, r.valueText, r.basis, r.note.slice(0, 22)])).toEqual([
      ["espo_vs_ice_brent_low", "0.30", "reported", "low end of the stated "],
      ["espo_vs_ice_brent_high", "0.60", "reported", "high end of the stated"],
      ["espo_vs_ice_brent", "0.45", "derived", "derived: midpoint of t"],
    ]);
  });

  it("keeps a single stated differential as published beside the turned value", () => {
    const nov = discounts.rows.filter((r) => r.period === "2023-11" && r.series.startsWith("espo"));
    expect(nov.map((r) => [r.series, r.valueText, r.basis])).toEqual([
      ["espo_vs_ice_brent", "1", "reported"],
      ["espo_discount_to_ice_brent", "-1", "derived"],
    ]);
  });

  it("shades the estimate's months, January to September: 0.5 to 9.5", () => {
    expect(discounts.chart.annotations.filter((a) => a.kind === "xband")).toEqual([
      {
        kind: "xband",
        xMin: 0.5,
        xMax: 9.5,
        label: "$4.34 bn saved, Jan–Sep 2023 (Reuters estimate)",
      },
    ]);
  });

  it("shades the discounts the estimate implies, all crude to seaborne only", () => {
    const [band, ...more] = discounts.chart.annotations.filter((a) => a.kind === "yband");
    expect(more).toEqual([]);
    if (band?.kind !== "yband") throw new Error("no yband");
    // Jan–Sep 2023, 273 days, at Reuters' own Jan–Sep volumes (audit M1):
    // all crude 4340 / ((1.3 + 0.8) × 273) = 4340 / 573.3 = 7.5702
    expect(band.yMin).toBeCloseTo(7.5702, 4);
    // seaborne only 4340 / (1.3 × 273) = 4340 / 354.9 = 12.2288
    expect(band.yMax).toBeCloseTo(12.2288, 4);
    // Reuters' benchmarks were Tupi and Oman, not Brent (audit M7): the label says so
    // 7.5702 and 12.2288, each written as that number is written alone (two decimals below 10).
    expect(band.label).toBe(
      "Implied by the estimate, vs Tupi/Oman (Reuters): $7.57/bbl to $12.2/bbl",
    );
  });

  it("lists the savings rows of 2023 (with the Jan–Sep import bill) and the 2022 bill, no other year", () => {
    const savings = discounts.rows.filter((r) =>
      ["russian_crude_savings", "sanctioned_crude_savings", "import_bill_russian_crude"].includes(
        r.series,
      ),
    );
    expect(savings.map((r) => [r.period, r.series, r.valueText])).toEqual([
      ["2023-01/09", "russian_crude_savings", "4.34"],
      ["2023-01/09", "sanctioned_crude_savings", "10"],
      ["2022", "import_bill_russian_crude", "58.37"],
      ["2023", "import_bill_russian_crude", "60.6"],
      ["2023-01/09", "import_bill_russian_crude", "43.6"],
    ]);
  });

  it("says in its takeaway which months the $4.34 bn covers and the discount it fits", () => {
    expect(panel.takeaway).toBe(
      // 7.5702 → $8/bbl, 12.2288 → $12/bbl, each end in whole dollars
      "The $4.34 bn covers Jan–Sep 2023, not the whole year the article implies; it fits a discount of about $8/bbl to $12/bbl.",
    );
    expect(panel.checkIds).toEqual(["savings_period"]);
  });

  it("has no shaded months and says so when savings.csv has no estimate for the year", () => {
    const bundle = buildBundle(
      editLine(shippedFiles(), "savings.csv", "2023-01/09,russian_crude_savings,", null),
    );
    const p = savingsPanel(bundle, computeMetrics(bundle));
    expect(p.takeaway).toBe("No savings estimate for this year.");
    const kinds = p.views[0]?.chart.annotations.map((a) => a.kind);
    // no shaded months, no implied band; the ESPO ranges are prices, not the estimate: they stay
    expect(kinds).toEqual(["bracket", "bracket", "bracket"]);
  });
});
