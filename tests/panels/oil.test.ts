import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { monthSpanLabel, oilPanel } from "@/lib/panels/oil";
import type { DraftPanel, DraftView } from "@/lib/panels/types";
import { editLine, shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());

const view = (panel: DraftPanel, id: string): DraftView => {
  const v = panel.views.find((x) => x.id === id);
  if (!v) throw new Error(`panel ${panel.id} has no view ${id}`);
  return v;
};

const point = (v: DraftView, series: string, x: string) => {
  const p = v.chart.series.find((s) => s.id === series)?.points.find((q) => q.x === x);
  if (!p) throw new Error(`no point ${series} ${x}`);
  return p;
};

const rowsAt = (v: DraftView, series: string, period: string) =>
  v.rows.filter((r) => r.series === series && r.period === period);

describe("monthSpanLabel(period)", () => {
  it.each([
    { period: "2023-01/02", expected: "Jan–Feb" },
    { period: "2023-03", expected: "Mar" },
    { period: "2023-11/12", expected: "Nov–Dec" },
    { period: "2023", expected: "2023" },
    { period: "2018/2019", expected: "2018/2019" },
  ])("labels $period as $expected", ({ period, expected }) => {
    expect(monthSpanLabel(period)).toBe(expected);
  });
});

describe("oilPanel(bundle): the annual view in mb/d", () => {
  const annual = view(oilPanel(shipped), "annual");

  it("has one category per year from 2014 to the latest year, 2025 labelled as its Jan–Oct span", () => {
    expect(annual.chart.labels).toEqual([
      "2014",
      "2015",
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025 (Jan–Oct)",
    ]);
    expect(annual.chart.xTitle).toBe("Year (a partial year says which months)");
    expect(annual.chart.xType).toBe("category");
    expect(annual.chart.yUnit).toBe("mb/d");
    expect(annual.chart.series.map((s) => [s.id, s.kind, s.colour])).toEqual([
      ["russia", "bar", 0],
      ["saudi_arabia", "bar", 1],
    ]);
  });

  it.each([
    { series: "russia", year: "2014", y: 0.665, basis: "reported" },
    { series: "russia", year: "2016", y: 1.05, basis: "reported" },
    // the file's own derived mb/d row (59.7 Mt × 7.3 / 365 = 1.194, written 1.19) wins over converting
    { series: "russia", year: "2017", y: 1.19, basis: "derived" },
    { series: "russia", year: "2022", y: 1.72, basis: "reported" },
    { series: "russia", year: "2023", y: 2.14, basis: "reported" },
    // 49.67 Mt × 7.3 bbl/t ÷ 365 = 362.591 / 365 = 0.9934: Saudi 2014 is stated in tonnes only
    { series: "saudi_arabia", year: "2014", y: 0.9934, basis: "derived" },
    { series: "saudi_arabia", year: "2018", y: 1.135, basis: "reported" },
  ])("shows $series $year as $y mb/d ($basis)", ({ series, year, y, basis }) => {
    const p = point(annual, series, year);
    expect(p.y).toBeCloseTo(y, 6);
    expect(p.basis).toBe(basis);
    expect(p.tip).toBe(year);
    const rows = rowsAt(annual, series, year);
    expect(rows.map((r) => [r.value, r.unit, r.basis])).toEqual([[p.y, "mb/d", basis]]);
  });

  it("writes Saudi 2014's conversion in its row: the tonnes, the factor and the days", () => {
    expect(rowsAt(annual, "saudi_arabia", "2014")).toEqual([
      {
        period: "2014",
        series: "saudi_arabia",
        seriesLabel: "From Saudi Arabia",
        value: 0.9934,
        valueText: "0.9934",
        unit: "mb/d",
        basis: "derived",
        sourceId: "moscowtimes-saudi-crude-2014",
        note: "derived: 49.67 Mt × 7.3 bbl/t ÷ 365",
        origin: "published",
      },
    ]);
  });

  it.each([
    { series: "russia", year: "2015" },
    { series: "saudi_arabia", year: "2015" },
    { series: "saudi_arabia", year: "2017" },
  ])("leaves $series $year a gap: a null point and no row", ({ series, year }) => {
    expect(point(annual, series, year)).toEqual({ x: year, y: null, basis: null, tip: year });
    expect(rowsAt(annual, series, year)).toEqual([]);
  });

  it("labels the article's record at the 2023 bar (index 9), at its height", () => {
    expect(annual.chart.annotations.filter((a) => a.kind === "label")).toEqual([
      { kind: "label", x: 9, y: 2.14, label: "Article: “a record” 2.14 mb/d" },
    ]);
  });

  it("draws only the oil events of 2014–2025, one line per month", () => {
    const lines = annual.chart.annotations.filter((a) => a.kind === "vline");
    // events.csv tagged oil: 2022-02 (two events), 2024-05-16, 2025-01-10, 2025-09,
    // 2025-10-22 and 2025-10-23 (one line for October 2025)
    expect(lines.map((a) => a.date)).toEqual([
      "2022-02",
      "2024-05-16",
      "2025-01-10",
      "2025-09",
      "2025-10-22",
    ]);
    // gas-only events (Power of Siberia's first gas, its 38 bcm/yr) are not the oil panel's
    expect(lines.map((a) => a.date)).not.toContain("2019-12-02");
    expect(lines.map((a) => a.date)).not.toContain("2024-12-01");
  });
});

// No source states Russia's crude to China for the whole of 2025: the annual view draws the
// longest year-to-date span, January–October (crude_monthly.csv: 83.15 Mt, “2 million b/d”).
describe("oilPanel(bundle): 2025 as its January–October span, never a full year", () => {
  const annual = view(oilPanel(shipped), "annual");
  const label = "2025 (Jan–Oct)";

  it("draws 2025 at the reported Jan–Oct rate, 2 mb/d, marked as partial", () => {
    expect(point(annual, "russia", label)).toEqual({
      x: label,
      y: 2,
      basis: "reported",
      tip: "2025, Jan–Oct only (partial year)",
      partial: "Jan–Oct",
    });
    expect(rowsAt(annual, "russia_ytd", "2025-01/10").map((r) => [r.valueText, r.unit])).toEqual([
      ["2", "mb/d"],
    ]);
  });

  it("has no full-year 2025 Russian row from any source, and Saudi 2025 is a gap", () => {
    const russian = (series: string) => series === "russia" || series === "russia_ytd";
    expect(
      shipped.datasets.crude_annual.filter((o) => russian(o.series) && o.period.label === "2025"),
    ).toEqual([]);
    // the one 2025 row is the Jan–Oct rate itself: not a shorter span (Jan–Sep 1.98), not
    // 83.15 Mt spread over 365 days (83.15 × 7.3 / 365 = 1.663), not an extrapolation
    expect(
      annual.rows
        .filter((r) => russian(r.series) && r.period.startsWith("2025"))
        .map((r) => [r.period, r.value]),
    ).toEqual([["2025-01/10", 2]]);
    expect(point(annual, "saudi_arabia", label).y).toBeNull();
    expect(annual.context).toContain("2025 shows Jan–Oct only: no source states the whole year");
  });

  it("in Mt draws the months' total, 83.15 Mt, not a year's", () => {
    const inMt = view(oilPanel(shipped, {}, "Mt"), "annual");
    expect(point(inMt, "russia", label)).toMatchObject({
      y: 83.15,
      basis: "reported",
      partial: "Jan–Oct",
    });
    expect(inMt.context).toContain("(its bar is the months' total, not a year's)");
  });

  it("converts the span's tonnes over its own 304 days when no rate is stated", () => {
    // every 2025 year-to-date rate removed (a stated rate of a shorter span would be preferred)
    const files = [
      "2025-01/03,russia_ytd,1.97,",
      "2025-01/07,russia_ytd,1.99,",
      "2025-01/09,russia_ytd,1.98,",
      "2025-01/10,russia_ytd,2,",
    ].reduce((f, line) => editLine(f, "crude_monthly.csv", line, null), shippedFiles());
    const annual = view(oilPanel(buildBundle(files)), "annual");
    const p = point(annual, "russia", label);
    expect(rowsAt(annual, "russia_ytd", "2025-01/10")[0]?.note).toBe(
      "derived: 83.15 Mt × 7.3 bbl/t ÷ 304 days",
    );
    // Jan–Oct 2025: 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 = 304 days;
    // 83.15 × 7.3 / 304 = 606.995 / 304 = 1.996694
    expect(p.y).toBeCloseTo(1.996694, 6);
    expect(p.basis).toBe("derived");
    expect(p.partial).toBe("Jan–Oct");
  });
});

describe("oilPanel(bundle, scenario, 'Mt'): the annual view in million tonnes", () => {
  const annual = view(oilPanel(shipped, {}, "Mt"), "annual");

  it.each([
    { series: "russia", year: "2023", y: 107.02, basis: "reported", note: "China customs data" },
    { series: "saudi_arabia", year: "2014", y: 49.67, basis: "reported", note: undefined },
    // 1.05 mb/d × 365 ÷ 7.3 bbl/t = 383.25 / 7.3 = 52.5: Russia 2016 is stated in mb/d only
    {
      series: "russia",
      year: "2016",
      y: 52.5,
      basis: "derived",
      note: "derived: 1.05 mb/d × 365 ÷ 7.3 bbl/t",
      origin: "published",
    },
    // 1.02 × 365 ÷ 7.3 = 372.3 / 7.3 = 51
    {
      series: "saudi_arabia",
      year: "2016",
      y: 51,
      basis: "derived",
      note: "derived: 1.02 mb/d × 365 ÷ 7.3 bbl/t",
      origin: "published",
    },
  ])("shows $series $year as $y Mt ($basis)", ({ series, year, y, basis, note }) => {
    expect(point(annual, series, year).y).toBeCloseTo(y, 6);
    const [row, ...more] = rowsAt(annual, series, year);
    expect(more).toEqual([]);
    expect([row?.value, row?.unit, row?.basis]).toEqual([
      point(annual, series, year).y,
      "Mt",
      basis,
    ]);
    if (note !== undefined) expect(row?.note).toBe(note);
  });

  it("titles the axis in tonnes and labels the record with the article's mb/d and the bar's 107.02 Mt", () => {
    expect(annual.chart.yTitle).toBe("Million tonnes per year (Mt)");
    expect(annual.chart.yUnit).toBe("Mt");
    // crude_annual.csv: 2023 russia 107.02 Mt (reported); the article states 2.14 mb/d
    expect(annual.chart.annotations.filter((a) => a.kind === "label")).toEqual([
      {
        kind: "label",
        x: 9,
        y: 107.02,
        label: "Article: “a record” 2.14 mb/d; 2023: 107.02 Mt",
      },
    ]);
  });

  it("writes the record's tonnage from the data: 107.5 Mt in the file gives '107.50 Mt' in the label", () => {
    const bundle = buildBundle(
      editLine(
        shippedFiles(),
        "crude_annual.csv",
        "2023,russia,107.02,Mt",
        "2023,russia,107.5,Mt,reported,asiafinancial-russia-crude-2023,China customs data",
      ),
    );
    const label = view(oilPanel(bundle, {}, "Mt"), "annual").chart.annotations.find(
      (a) => a.kind === "label",
    );
    expect(label?.label).toBe("Article: “a record” 2.14 mb/d; 2023: 107.50 Mt");
  });
});

describe("oilPanel(bundle, scenario): the crude factor", () => {
  it("converts at the scenario's barrels per tonne instead of the file's 7.3", () => {
    const annual = view(oilPanel(shipped, { crudeBblPerTonne: 7.45 }), "annual");
    // 49.67 × 7.45 / 365 = 370.0415 / 365 = 1.013812
    expect(point(annual, "saudi_arabia", "2014").y).toBeCloseTo(1.013812, 6);
    expect(rowsAt(annual, "saudi_arabia", "2014")[0]?.note).toBe(
      "derived: 49.67 Mt × 7.45 bbl/t ÷ 365",
    );
    // a reported mb/d figure is not touched by the factor
    expect(point(annual, "russia", "2023").y).toBe(2.14);
  });

  describe("without the crude_bbl_per_tonne row in factors.csv", () => {
    const bundle = buildBundle(
      editLine(shippedFiles(), "factors.csv", "crude_bbl_per_tonne,", null),
    );

    it("leaves tonnage-only years as gaps in mb/d instead of converting at a guess", () => {
      const annual = view(oilPanel(bundle), "annual");
      expect(point(annual, "saudi_arabia", "2014").y).toBeNull();
      expect(rowsAt(annual, "saudi_arabia", "2014")).toEqual([]);
      expect(point(annual, "russia", "2023").y).toBe(2.14);
    });

    it("leaves mb/d-only years as gaps in Mt", () => {
      const annual = view(oilPanel(bundle, {}, "Mt"), "annual");
      expect(point(annual, "russia", "2016").y).toBeNull();
      expect(point(annual, "russia", "2017").y).toBe(59.7);
    });

    it("keeps every period in the monthly view, tonnes-only ones as gaps (null, not zero)", () => {
      const monthly = view(oilPanel(bundle), "monthly");
      expect(monthly.chart.series[0]?.points.map((p) => [p.x, p.y])).toEqual([
        ["Jan–Feb", 1.94],
        ["Mar", 2.26],
        ["Apr", 1.73],
        ["May", null],
        ["Jun", 2.56],
        ["Jul–Aug", null],
        ["Sep", null],
        ["Oct", 2.01],
        ["Nov–Dec", null],
      ]);
    });
  });

  it("converts a whole leap year at 365 days, as its note says and the sources do (2024: 108.5 Mt → 2.17 mb/d)", () => {
    // Without the reported 2.17 mb/d, 2024 is converted from its 108.5 Mt:
    // 108.5 × 7.3 / 365 = 792.05 / 365 = 2.17, the figure the source itself gives.
    // Dividing by 2024's 366 calendar days gives 2.16407 while the note says "÷ 365".
    const bundle = buildBundle(
      editLine(shippedFiles(), "crude_annual.csv", "2024,russia,2.17,", null),
    );
    const annual = view(oilPanel(bundle), "annual");
    const [row] = rowsAt(annual, "russia", "2024");
    expect(row?.note).toBe("derived: 108.5 Mt × 7.3 bbl/t ÷ 365");
    expect(row?.value).toBeCloseTo(2.17, 6);
  });
});

describe("oilPanel(bundle): the monthly view of the claim year", () => {
  const monthly = view(oilPanel(shipped), "monthly");

  it("labels months published together as one category, in order", () => {
    expect(monthly.label).toBe("By month, 2023");
    expect(monthly.chart.labels).toEqual([
      "Jan–Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul–Aug",
      "Sep",
      "Oct",
      "Nov–Dec",
    ]);
  });

  it.each([
    { label: "Jan–Feb", period: "2023-01/02", y: 1.94, basis: "reported" },
    { label: "Mar", period: "2023-03", y: 2.26, basis: "reported" },
    // 7.1 Mt and 1.73 mb/d are both stated: the stated rate wins
    { label: "Apr", period: "2023-04", y: 1.73, basis: "reported" },
    // only tonnes: 9.71 × 7.3 / 31 = 70.883 / 31 = 2.286548
    { label: "May", period: "2023-05", y: 2.286548, basis: "derived" },
    { label: "Jun", period: "2023-06", y: 2.56, basis: "reported" },
    // 18.6 × 7.3 / (31 + 31) = 135.78 / 62 = 2.19
    { label: "Jul–Aug", period: "2023-07/08", y: 2.19, basis: "derived" },
    // 8.7 × 7.3 / 30 = 63.51 / 30 = 2.117
    { label: "Sep", period: "2023-09", y: 2.117, basis: "derived" },
    { label: "Oct", period: "2023-10", y: 2.01, basis: "reported" },
    // 18.58 × 7.3 / (30 + 31) = 135.634 / 61 = 2.223508
    { label: "Nov–Dec", period: "2023-11/12", y: 2.223508, basis: "derived" },
  ])("shows $label ($period) as $y mb/d ($basis)", ({ label, period, y, basis }) => {
    const p = point(monthly, "russia", label);
    expect(p.y).toBeCloseTo(y, 6);
    expect(p.basis).toBe(basis);
    expect(p.tip).toBe(period);
  });

  it("keeps the tonnes as published beside the rate computed from them", () => {
    expect(rowsAt(monthly, "russia", "2023-05").map((r) => [r.valueText, r.unit, r.basis])).toEqual(
      [
        ["2.2865483871", "mb/d", "derived"],
        ["9.71", "Mt", "reported"],
      ],
    );
    expect(rowsAt(monthly, "russia", "2023-05")[0]?.note).toBe(
      // May has 31 days
      "derived: 9.71 Mt × 7.3 bbl/t ÷ 31 days",
    );
  });

  it("lists a stated rate once, not again as a published row", () => {
    expect(rowsAt(monthly, "russia", "2023-03").map((r) => [r.valueText, r.unit])).toEqual([
      ["2.26", "mb/d"],
      ["9.6", "Mt"],
    ]);
  });

  it("draws the year's average as a line", () => {
    expect(monthly.chart.annotations).toEqual([
      { kind: "hline", y: 2.14, label: "2023 average: 2.14 mb/d" },
    ]);
  });

  describe("in Mt: each period's tonnes as an annual rate", () => {
    const inMt = view(oilPanel(shipped, {}, "Mt"), "monthly");

    it.each([
      // 15.68 × 365 / 59 = 5723.2 / 59 = 97.00339
      { label: "Jan–Feb", y: 97.00339, note: "derived: 15.68 Mt × 365 ÷ 59 days (annualised)" },
      // 10.50 × 365 / 30 = 127.75
      { label: "Jun", y: 127.75, note: "derived: 10.50 Mt × 365 ÷ 30 days (annualised)" },
      // 18.6 × 365 / 62 = 6789 / 62 = 109.5
      { label: "Jul–Aug", y: 109.5, note: "derived: 18.6 Mt × 365 ÷ 62 days (annualised)" },
    ])("shows $label as $y Mt a year", ({ label, y, note }) => {
      const p = point(inMt, "russia", label);
      expect(p.y).toBeCloseTo(y, 5);
      expect(p.basis).toBe("derived");
      expect(inMt.rows.find((r) => r.period === p.tip && r.unit === "Mt")?.note).toBe(note);
    });

    it("draws the year's reported tonnage as the average line", () => {
      expect(inMt.chart.annotations).toEqual([
        { kind: "hline", y: 107.02, label: "2023 average: 107.02 Mt" },
      ]);
      expect(inMt.chart.yTitle).toBe("Million tonnes per year, annualised (Mt)");
    });

    it("keeps a reported tonnage beside its annualised rate", () => {
      expect(rowsAt(inMt, "russia", "2023-06").map((r) => [r.valueText, r.unit, r.basis])).toEqual([
        ["127.75", "Mt", "derived"],
        ["10.50", "Mt", "reported"],
        ["2.56", "mb/d", "reported"],
      ]);
    });

    it("keeps a tonnage published as derived (Jul–Aug 18.6 Mt) beside its annualised rate", () => {
      // The published row stays even though the annualised row has the same unit and basis.
      expect(
        rowsAt(inMt, "russia", "2023-07/08").map((r) => [r.valueText, r.unit, r.basis]),
      ).toEqual([
        ["109.5", "Mt", "derived"],
        ["18.6", "Mt", "derived"],
      ]);
    });
  });
});

describe("oilPanel(bundle) follows the article's year", () => {
  const bundle = buildBundle(
    editLine(
      shippedFiles(),
      "article.csv",
      "2023,crude_exports_russia_to_china,",
      "2024,crude_exports_russia_to_china,2.17,mb/d,reported,article-oil,",
    ),
  );
  const panel = oilPanel(bundle);

  it("runs the years to 2025 (Jan–Oct) and labels the 2024 record (index 10)", () => {
    const annual = view(panel, "annual");
    expect(annual.chart.labels.at(-1)).toBe("2025 (Jan–Oct)");
    expect(annual.chart.annotations.filter((a) => a.kind === "label")).toEqual([
      { kind: "label", x: 10, y: 2.17, label: "Article: “a record” 2.17 mb/d" },
    ]);
    // 2024: Russia 108.5 Mt, Saudi Arabia 78.64 Mt
    expect(panel.takeaway).toBe(
      "In 2024 Russia sent China 108.5 Mt of crude, ahead of Saudi Arabia's 78.64 Mt.",
    );
  });

  it("shows the twelve months of 2024 as the claim year's view, unpublished months as gaps", () => {
    const monthly = view(panel, "monthly");
    expect(monthly.label).toBe("By month, 2024");
    expect(monthly.chart.labels).toEqual(MONTHS);
    // May 2024: 8.91 × 7.3 / 31 = 65.043 / 31 = 2.098161
    expect(point(monthly, "russia", "May").y).toBeCloseTo(2.098161, 6);
    expect(monthly.chart.series[0]?.points.filter((p) => p.y !== null).map((p) => p.x)).toEqual([
      "Mar",
      "May",
      "Jun",
    ]);
    expect(panel.views.map((v) => v.id)).toEqual(["annual", "monthly", "monthly-2025"]);
  });
});

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

describe("oilPanel(bundle): one monthly view for each later year with months published", () => {
  const panel = oilPanel(shipped);

  it("has the claim year's view, then 2024's and 2025's", () => {
    expect(panel.views.map((v) => [v.id, v.label])).toEqual([
      ["annual", "By year"],
      ["monthly", "By month, 2023"],
      ["monthly-2024", "By month, 2024"],
      ["monthly-2025", "By month, 2025"],
    ]);
  });

  it.each([
    {
      id: "monthly-2024",
      // Mar 2.55 (stated); May 8.91 × 7.3 / 31 = 2.098161; Jun 2.03 (stated)
      expected: [null, null, 2.55, null, 2.098161, 2.03, null, null, null, null, null, null],
    },
    {
      id: "monthly-2025",
      // Mar 2.08 (the file's derived 8.85 × 7.3 / 31 = 2.0840); Jul 2.05 (stated);
      // Sep 2.02 (the file's derived 8.287 × 7.3 / 30 = 2.0165); year-to-date spans are not months
      expected: [null, null, 2.08, null, null, null, 2.05, null, 2.02, null, null, null],
    },
  ])(
    "draws $id month by month, a month without data as a null point, never zero",
    ({ id, expected }) => {
      const v = view(panel, id);
      expect(v.chart.labels).toEqual(MONTHS);
      const points = v.chart.series[0]!.points;
      expect(points).toHaveLength(12);
      points.forEach((p, i) => {
        const want = expected[i];
        if (want === null || want === undefined) {
          expect(p.y, `${id} ${p.x}`).toBeNull();
          expect(p.basis).toBeNull();
        } else expect(p.y, `${id} ${p.x}`).toBeCloseTo(want, 6);
      });
      expect(points.some((p) => p.y === 0)).toBe(false);
    },
  );

  it("tips a gap as no data and counts the gaps in the context", () => {
    const v = view(panel, "monthly-2025");
    expect(point(v, "russia", "Jan").tip).toBe("Jan 2025: no data");
    // 12 months, 3 with a figure: 9 gaps
    expect(v.context).toBe(
      "Months published together stay together. 9 of the 12 periods have no published figure: no bar.",
    );
    expect(v.rows.filter((r) => r.period.startsWith("2025-01/"))).toEqual([]);
  });
});
