import { describe, expect, it } from "vitest";
import type { ChartAnnotation } from "@/lib/chart/spec";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import { buildPanels } from "@/lib/panels/index";
import type { PanelRow } from "@/lib/panels/rows";
import type { DraftView, Panel, PanelView } from "@/lib/panels/types";
import { DEFAULT_VIEW } from "@/lib/view/state";
import { changePct, clipYears, isYearly, toChange } from "@/lib/panels/transform";
import { shippedFiles } from "../support/data";

const row = (period: string, series: string, value: number, sourceId = "s1"): PanelRow => ({
  period,
  series,
  seriesLabel: series.toUpperCase(),
  value,
  valueText: String(value),
  unit: "bcm",
  basis: "reported",
  sourceId,
  note: "",
  origin: "published",
});

const YEARS = ["2020", "2021", "2022", "2023", "2024"];
const points = (ys: (number | null)[]) =>
  ys.map((y, i) => ({
    x: YEARS[i]!,
    y,
    basis: y === null ? null : ("reported" as const),
    tip: YEARS[i]!,
  }));

const VLINE: ChartAnnotation = { kind: "vline", x: 1.2, label: "event", date: "2021-03" };
const HLINE: ChartAnnotation = { kind: "hline", y: 38, label: "capacity" };
const LABEL: ChartAnnotation = { kind: "label", x: 3, y: 5, label: "claim" };
const BRACKET: ChartAnnotation = { kind: "bracket", x: 2.7, yMin: 1, yMax: 4, label: "lost" };
const BOX: ChartAnnotation = { kind: "box", xMin: 0.55, xMax: 1.45, yMin: 1, yMax: 2, label: "b" };
const XBAND: ChartAnnotation = { kind: "xband", xMin: 3.5, xMax: 4.5, label: "x" };

/** Five years, two stacked series, one of each kind of annotation. */
const YEARLY: DraftView = {
  id: "yearly",
  label: "By year",
  context: "Two series.",
  chart: {
    xType: "category",
    labels: YEARS,
    xTitle: "Year",
    yTitle: "bcm",
    yUnit: "bcm",
    stacked: true,
    series: [
      {
        id: "a",
        label: "A",
        kind: "bar",
        stack: "s",
        colour: 0,
        points: points([10, 12, null, 0, 5]),
      },
      { id: "b", label: "B", kind: "bar", stack: "s", colour: 1, points: points([4, 5, 6, 3, 6]) },
    ],
    annotations: [VLINE, HLINE, LABEL, BRACKET, BOX, XBAND],
  },
  rows: [
    row("2020", "a", 10),
    row("2021", "a", 12, "a-2021"),
    row("2018/2021", "peak", 175),
    row("2021", "b", 5, "b-2021"),
    row("2023-01/09", "estimate", 4.34),
    row("2024", "b", 6, "b-2024"),
  ],
};

const MONTHLY: DraftView = {
  ...YEARLY,
  id: "monthly",
  chart: { ...YEARLY.chart, labels: ["Jan–Feb", "Mar"] },
};
const LINEAR: DraftView = {
  ...YEARLY,
  id: "linear",
  chart: { ...YEARLY.chart, xType: "linear", labels: [] },
};

describe("isYearly(view)", () => {
  it.each([
    { description: "a category axis of years", view: YEARLY, expected: true },
    { description: "a category axis of months", view: MONTHLY, expected: false },
    { description: "a linear axis", view: LINEAR, expected: false },
    {
      description: "a category axis with no labels",
      view: { ...YEARLY, chart: { ...YEARLY.chart, labels: [] } },
      expected: false,
    },
  ])("is $expected for $description", ({ view, expected }) => {
    expect(isYearly(view)).toBe(expected);
  });
});

describe("clipYears(view, from, to)", () => {
  it("keeps the years from `from` to `to`, both included, and their points", () => {
    const v = clipYears(YEARLY, 2021, 2023);
    expect(v.chart.labels).toEqual(["2021", "2022", "2023"]);
    expect(v.chart.series.map((s) => s.points.map((p) => p.y))).toEqual([
      [12, null, 0],
      [5, 6, 3],
    ]);
  });

  it("keeps the rows whose period overlaps the years, spans included", () => {
    expect(clipYears(YEARLY, 2021, 2023).rows.map((r) => r.period)).toEqual([
      "2021",
      "2018/2021",
      "2021",
      "2023-01/09",
    ]);
    expect(clipYears(YEARLY, 2022, 2023).rows.map((r) => r.period)).toEqual(["2023-01/09"]);
  });

  it("shifts annotations left by the years dropped (1 for 2021–2023) and drops those outside", () => {
    expect(clipYears(YEARLY, 2021, 2023).chart.annotations).toEqual([
      { ...VLINE, x: 1.2 - 1 },
      HLINE,
      { ...LABEL, x: 3 - 1 },
      { ...BRACKET, x: 2.7 - 1 },
      { ...BOX, xMin: 0.55 - 1, xMax: 1.45 - 1 },
      // the xband (2023.5 to 2024.5) would start at 2.5, the right edge of three categories: gone
    ]);
  });

  it("cuts a box at the left edge (−0.5) when it starts before the first year kept", () => {
    // from 2022 (two years dropped): 0.55 to 2.45 would run from −1.45 to 0.45
    const wide: ChartAnnotation = { ...BOX, xMin: 0.55, xMax: 2.45 };
    const v = clipYears({ ...YEARLY, chart: { ...YEARLY.chart, annotations: [wide] } }, 2022, null);
    expect(v.chart.annotations).toEqual([{ ...wide, xMin: -0.5, xMax: 2.45 - 2 }]);
  });

  it("drops a box that ends before the first year kept", () => {
    // from 2022: 0.55 to 1.45 would run from −1.45 to −0.55, left of the chart
    expect(clipYears(YEARLY, 2022, null).chart.annotations).not.toContainEqual(
      expect.objectContaining({ kind: "box" }),
    );
  });

  it("cuts an xband at the right edge when it runs past the last year kept", () => {
    // 2020–2023: four categories, right edge 3.5; the xband from 3.5 to 4.5 is then empty
    expect(clipYears(YEARLY, null, 2023).chart.annotations).not.toContainEqual(
      expect.objectContaining({ kind: "xband" }),
    );
    const wide: ChartAnnotation = { kind: "xband", xMin: 2.5, xMax: 4.5, label: "x" };
    const v = clipYears({ ...YEARLY, chart: { ...YEARLY.chart, annotations: [wide] } }, null, 2023);
    expect(v.chart.annotations).toEqual([{ ...wide, xMax: 3.5 }]);
  });

  it("returns the view itself with no range, or for a view that is not yearly", () => {
    expect(clipYears(YEARLY, null, null)).toBe(YEARLY);
    expect(clipYears(MONTHLY, 2021, 2023)).toBe(MONTHLY);
    expect(clipYears(LINEAR, 2021, 2023)).toBe(LINEAR);
  });

  it("empties the chart and the table when no year is in the range", () => {
    const v = clipYears(YEARLY, 2030, 2040);
    expect(v.chart.labels).toEqual([]);
    expect(v.chart.series.map((s) => s.points)).toEqual([[], []]);
    expect(v.chart.annotations).toEqual([]);
    expect(v.rows).toEqual([]);
  });
});

describe("changePct(previous, current)", () => {
  it.each([
    // (12 / 10 − 1) × 100
    { previous: 10, current: 12, expected: 20 },
    // (5 / 4 − 1) × 100
    { previous: 4, current: 5, expected: 25 },
    // (3 / 6 − 1) × 100
    { previous: 6, current: 3, expected: -50 },
    { previous: 2, current: 0, expected: -100 },
    { previous: 0, current: 5, expected: null },
    { previous: null, current: 5, expected: null },
    { previous: 5, current: null, expected: null },
  ])("changePct($previous, $current) = $expected", ({ previous, current, expected }) => {
    const result = changePct(previous, current);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe("toChange(view)", () => {
  const v = toChange(YEARLY);
  const ys = (id: string) => v.chart.series.find((s) => s.id === id)?.points.map((p) => p.y);

  it("turns each point into its change on the previous year, null where either is missing or zero", () => {
    // a: 10, 12, –, 0, 5 → first year none; +20%; no 2022; no 2021→2023 across the gap; 0 → none
    expect(ys("a")?.map((y) => (y === null ? null : Math.round(y * 1e9) / 1e9))).toEqual([
      null,
      20,
      null,
      null,
      null,
    ]);
    // b: 4, 5, 6, 3, 6 → +25%, +20%, −50%, +100%
    expect(ys("b")?.map((y) => (y === null ? null : Math.round(y * 1e9) / 1e9))).toEqual([
      null,
      25,
      20,
      -50,
      100,
    ]);
  });

  it("marks every change derived and every missing one without a basis", () => {
    expect(v.chart.series[1]?.points.map((p) => p.basis)).toEqual([
      null,
      "derived",
      "derived",
      "derived",
      "derived",
    ]);
    expect(v.chart.series[0]?.points.map((p) => p.basis)).toEqual([
      null,
      "derived",
      null,
      null,
      null,
    ]);
  });

  it("puts a derived row per change before the original rows, with its formula and source", () => {
    const changes = v.rows.filter((r) => r.series.endsWith("_change"));
    expect(changes.map((r) => [r.period, r.series, r.seriesLabel, r.valueText, r.unit])).toEqual([
      ["2021", "a_change", "A, change on 2020", "20", "%"],
      ["2021", "b_change", "B, change on 2020", "25", "%"],
      ["2022", "b_change", "B, change on 2021", "20", "%"],
      ["2023", "b_change", "B, change on 2022", "-50", "%"],
      ["2024", "b_change", "B, change on 2023", "100", "%"],
    ]);
    expect(changes[1]?.note).toBe("derived: (5 ÷ 4 − 1) × 100");
    // the source of the row for the same series and year
    expect(changes.map((r) => r.sourceId)).toEqual(["a-2021", "b-2021", "", "", "b-2024"]);
    expect(v.rows.slice(changes.length)).toEqual(YEARLY.rows);
  });

  it("unstacks the bars, relabels the axis in % and keeps only the event lines", () => {
    expect(v.chart.stacked).toBe(false);
    expect(v.chart.series.map((s) => s.stack)).toEqual([undefined, undefined]);
    expect([v.chart.yTitle, v.chart.yUnit]).toEqual(["Change on the previous year (%)", "%"]);
    expect(v.chart.annotations).toEqual([VLINE]);
  });

  it("returns a view that is not yearly unchanged", () => {
    expect(toChange(MONTHLY)).toBe(MONTHLY);
    expect(toChange(LINEAR)).toBe(LINEAR);
  });
});

describe("buildPanels(bundle, metrics, scenario, options) on the shipped data", () => {
  const bundle = buildBundle(shippedFiles());
  const metrics = computeMetrics(bundle);
  const build = (options: Partial<typeof DEFAULT_VIEW>) =>
    buildPanels(bundle, metrics, {}, { ...DEFAULT_VIEW, ...options });
  const view = (panels: Panel[], panel: string, id: string) => {
    const v = panels.find((p) => p.id === panel)?.views.find((x) => x.id === id);
    if (!v) throw new Error(`no view ${panel}/${id}`);
    return v;
  };
  const y = (v: PanelView, series: string, x: string | number) =>
    v.chart.series.find((s) => s.id === series)?.points.find((p) => p.x === x)?.y;

  it("builds the five panels in order, absolute and unclipped by default", () => {
    const panels = buildPanels(bundle, metrics);
    expect(panels.map((p) => p.id)).toEqual(["oil", "gas", "savings", "europe", "energy"]);
    expect(y(view(panels, "oil", "annual"), "russia", "2023")).toBe(2.14);
    // 2014–2024 and "2025 (Jan–Oct)": twelve categories.
    expect(view(panels, "oil", "annual").chart.labels).toHaveLength(12);
  });

  it("passes the units on: oil in Mt (2023 = 107.02), gas in Mtoe (22.73 × 0.86 = 19.5478)", () => {
    const panels = build({ oilUnit: "Mt", gasUnit: "Mtoe" });
    expect(y(view(panels, "oil", "annual"), "russia", "2023")).toBe(107.02);
    expect(y(view(panels, "gas", "stacked"), "power_of_siberia_mtoe", "2023")).toBe(19.5478);
  });

  describe('with mode "change"', () => {
    const panels = build({ mode: "change" });
    const annual = view(panels, "oil", "annual");

    it.each([
      // (2.14 / 1.72 − 1) × 100 = 24.4186
      { year: "2023", expected: 24.4186 },
      // (1.19 / 1.05 − 1) × 100 = 13.3333
      { year: "2017", expected: 13.3333 },
      // 2015 is a gap, so 2016 has no previous year
      { year: "2016", expected: null },
      { year: "2014", expected: null },
    ])("shows Russian crude $year as $expected % on the year before", ({ year, expected }) => {
      const value = y(annual, "russia", year);
      if (expected === null) expect(value).toBeNull();
      else expect(value).toBeCloseTo(expected, 4);
    });

    it("gives a partial year no change on the whole year before it (ten months against twelve)", () => {
      expect(y(annual, "russia", "2025 (Jan–Oct)")).toBeNull();
    });

    it("keeps the event lines and drops the record label", () => {
      // The oil panel's five event lines: 2022-02, 2024-05-16, 2025-01-10, 2025-09, 2025-10-22.
      expect(annual.chart.annotations.map((a) => a.kind)).toEqual([
        "vline",
        "vline",
        "vline",
        "vline",
        "vline",
      ]);
    });

    it("unstacks gas and energy", () => {
      expect(view(panels, "gas", "stacked").chart.stacked).toBe(false);
      expect(view(panels, "energy", "mtoe").chart.stacked).toBe(false);
    });

    it("leaves the monthly oil view and the savings line chart in absolute values", () => {
      expect(y(view(panels, "oil", "monthly"), "russia", "Jan–Feb")).toBe(1.94);
      // October 2023's Urals discount as reported (9.6); ESPO's October range is a bracket, not a point.
      expect(y(view(panels, "savings", "discounts"), "urals", 10)).toBe(9.6);
    });
  });

  describe("with from 2019 to 2023", () => {
    const panels = build({ fromYear: 2019, toYear: 2023 });

    it("keeps 5 years of oil and their rows (Russia and Saudi Arabia, 2019–2023: 10)", () => {
      const annual = view(panels, "oil", "annual");
      expect(annual.chart.labels).toEqual(["2019", "2020", "2021", "2022", "2023"]);
      expect(annual.rows).toHaveLength(10);
      expect(annual.rows.every((r) => r.period >= "2019" && r.period <= "2023")).toBe(true);
    });

    it("moves the 2023 record label from index 9 to index 4, and drops the 2024 events", () => {
      const annotations = view(panels, "oil", "annual").chart.annotations;
      expect(annotations.find((a) => a.kind === "label")).toEqual({
        kind: "label",
        x: 4,
        y: 2.14,
        label: "Article: “a record” 2.14 mb/d",
      });
      // Only the oil panel's events: Power of Siberia's first gas (2019-12-02) is the gas panel's.
      expect(annotations.filter((a) => a.kind === "vline").map((a) => a.date)).toEqual(["2022-02"]);
    });

    it("cuts the European peak box at the left edge and moves the bracket by one year", () => {
      const annotations = view(panels, "europe", "comparison").chart.annotations;
      const box = annotations.find((a) => a.kind === "box");
      // −0.45 − 1 = −1.45, cut at −0.5; 1.45 − 1 = 0.45
      expect(box).toMatchObject({ xMin: -0.5, yMin: 175, yMax: 180 });
      expect(box?.kind === "box" ? box.xMax : undefined).toBeCloseTo(0.45, 10);
      const bracket = annotations.find((a) => a.kind === "bracket");
      // 4.7 − 1 = 3.7
      expect(bracket?.kind === "bracket" ? bracket.x : undefined).toBeCloseTo(3.7, 10);
    });

    it("computes changes before it clips: the first year shown keeps its change on the year before", () => {
      const annual = view(build({ fromYear: 2022, toYear: 2023, mode: "change" }), "oil", "annual");
      expect(annual.chart.labels).toEqual(["2022", "2023"]);
      // (1.72 / 1.59 − 1) × 100 = 8.1761, from 2021, a year no longer shown
      expect(y(annual, "russia", "2022")).toBeCloseTo(8.1761, 4);
      expect(y(annual, "russia", "2023")).toBeCloseTo(24.4186, 4);
      expect(annual.rows.filter((r) => r.series === "russia_change").map((r) => r.period)).toEqual([
        "2022",
        "2023",
      ]);
    });

    it("describes each view as shown, ending with the view's context", () => {
      const annual = view(panels, "oil", "annual");
      expect(annual.description).toContain("2019–2023");
      expect(annual.description).not.toContain("2014");
      expect(annual.description.endsWith(` ${annual.context}`)).toBe(true);
    });
  });
});
