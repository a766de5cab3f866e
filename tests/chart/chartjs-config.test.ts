import { describe, expect, it } from "vitest";
import { annotationTop, fillFor, toChartJsConfig, type Theme } from "@/lib/chart/chartjs-config";
import { PALETTE, type ChartAnnotation, type ChartSpec } from "@/lib/chart/spec";

// A theme whose every colour names itself, and whose hatch says what it hatches.
const THEME: Theme = {
  text: "TEXT",
  grid: "GRID",
  annotation: "ANNOTATION",
  band: "BAND",
  labelBackground: "LABEL-BG",
  hatch: (colour) => `HATCH:${colour}`,
};

const BLUE = PALETTE[0]; // #0072B2
const ORANGE = PALETTE[1]; // #E69F00

const barSpec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  xType: "category",
  labels: ["2022", "2023", "2024"],
  xTitle: "Year",
  yTitle: "bcm",
  yUnit: "bcm",
  stacked: true,
  series: [
    {
      id: "pipeline",
      label: "Pipeline",
      kind: "bar",
      stack: "gas",
      colour: 0,
      points: [
        { x: "2022", y: 15.4, basis: "reported", tip: "2022" },
        { x: "2023", y: 22.73, basis: "derived", tip: "2023" },
        { x: "2024", y: 31.12, basis: "estimate", tip: "2024" },
      ],
    },
    {
      id: "lng",
      label: "LNG",
      kind: "bar",
      // 8 wraps around the seven-colour palette to index 1
      colour: 8,
      points: [
        { x: "2022", y: null, basis: null, tip: "2022" },
        { x: "2023", y: 10.88, basis: "capacity", tip: "2023" },
        { x: "2024", y: 11.288, basis: "derived", tip: "2024" },
      ],
    },
  ],
  annotations: [],
  ...over,
});

const lineSpec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  xType: "linear",
  labels: [],
  xTicks: [
    { value: 1, label: "Jan" },
    { value: 2, label: "Feb" },
    { value: 3, label: "Mar" },
  ],
  xMin: 0.5,
  xMax: 3.5,
  xTitle: "2023",
  yTitle: "USD/bbl",
  yUnit: "USD/bbl",
  stacked: false,
  series: [
    {
      id: "espo",
      label: "ESPO",
      kind: "line",
      colour: 0,
      points: [
        { x: 1, y: 8.5, basis: "reported", tip: "Jan 2023" },
        { x: 2, y: null, basis: null, tip: "" },
        { x: 2.5, y: 1.5, basis: "derived", tip: "Feb–Mar 2023" },
      ],
    },
  ],
  annotations: [],
  ...over,
});

/** The parts of a Chart.js dataset and config these tests read, without Chart.js's unions. */
type Scriptable<C> = (ctx: C) => unknown;
interface LooseDataset {
  type: string;
  label: string;
  data: { x: number | string; y: number | null }[];
  borderColor: string;
  stack: string;
  hidden: boolean;
  backgroundColor: unknown;
  spanGaps?: boolean;
  pointStyle?: unknown;
  pointBackgroundColor?: unknown;
  segment?: { borderDash: Scriptable<{ p1DataIndex: number }> };
}
interface LooseConfig {
  type: string;
  data: { labels?: string[]; datasets: LooseDataset[] };
  options: {
    scales: {
      x: {
        type: string;
        stacked: boolean;
        min?: number;
        max?: number;
        ticks: { callback?: (v: string | number) => string };
        afterBuildTicks?: (axis: { ticks: { value: number }[] }) => void;
      };
      y: { stacked: boolean; suggestedMax?: number; title: { text: string } };
    };
    plugins: {
      tooltip: {
        callbacks: {
          title: (items: { datasetIndex: number; dataIndex: number }[]) => string;
          label: (item: {
            datasetIndex: number;
            dataIndex: number;
            dataset: { label: string };
          }) => string;
        };
      };
      annotation: { annotations: Record<string, unknown>[] };
    };
  };
}

const loose = (spec: ChartSpec, compact = false) =>
  toChartJsConfig(spec, THEME, compact) as unknown as LooseConfig;

const call = <C>(scriptable: unknown, ctx: C) => (scriptable as Scriptable<C>)(ctx);

describe("fillFor(basis, colour, theme)", () => {
  it.each([
    { basis: "reported", expected: BLUE },
    { basis: "derived", expected: `HATCH:${BLUE}` },
    { basis: "estimate", expected: "transparent" },
    { basis: "capacity", expected: BLUE },
    { basis: null, expected: BLUE },
  ] as const)("fills a $basis value with $expected", ({ basis, expected }) => {
    expect(fillFor(basis, BLUE, THEME)).toBe(expected);
  });
});

describe("toChartJsConfig(spec, theme): datasets", () => {
  it("maps each bar series to a bar dataset with its label, palette colour and stack id", () => {
    const config = loose(barSpec());
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["2022", "2023", "2024"]);
    expect(config.data.datasets.map((d) => [d.type, d.label, d.borderColor, d.stack])).toEqual([
      ["bar", "Pipeline", BLUE, "gas"],
      // no stack id: the series' own id, so it stacks with nothing else
      ["bar", "LNG", ORANGE, "lng"],
    ]);
    expect(config.data.datasets[1]?.data).toEqual([
      { x: "2022", y: null },
      { x: "2023", y: 10.88 },
      { x: "2024", y: 11.288 },
    ]);
  });

  it("fills each bar by its value's basis: reported solid, derived hatched, estimate hollow", () => {
    const [pipeline, lng] = loose(barSpec()).data.datasets;
    const fills = (d: LooseDataset | undefined) =>
      [0, 1, 2].map((dataIndex) => call(d?.backgroundColor, { dataIndex }));
    expect(fills(pipeline)).toEqual([BLUE, `HATCH:${BLUE}`, "transparent"]);
    expect(fills(lng)).toEqual([ORANGE, ORANGE, `HATCH:${ORANGE}`]);
  });

  it("maps a line series to a line dataset that breaks at gaps and marks derived points", () => {
    const config = loose(lineSpec());
    expect(config.data.labels).toBeUndefined();
    const [espo] = config.data.datasets;
    expect([espo?.type, espo?.spanGaps, espo?.backgroundColor]).toEqual(["line", false, BLUE]);
    const style = [0, 1, 2].map((dataIndex) => call(espo?.pointStyle, { dataIndex }));
    expect(style).toEqual(["circle", "circle", "rectRot"]);
    const fill = [0, 2].map((dataIndex) => call(espo?.pointBackgroundColor, { dataIndex }));
    expect(fill).toEqual([BLUE, "transparent"]);
    // the segment leading to a derived point is dashed
    const dash = [1, 2].map((p1DataIndex) => espo?.segment?.borderDash({ p1DataIndex }));
    expect(dash).toEqual([undefined, [4, 3]]);
  });
});

describe("toChartJsConfig(spec, theme): annotations", () => {
  it.each<{ description: string; input: ChartAnnotation; expected: Record<string, unknown> }>([
    {
      description: "a vline as a dashed line at one x (xMin = xMax)",
      input: { kind: "vline", x: 7.58, label: "Invasion", date: "2022-02" },
      expected: {
        type: "line",
        xMin: 7.58,
        xMax: 7.58,
        borderColor: "ANNOTATION",
        borderWidth: 1,
        borderDash: [3, 3],
      },
    },
    {
      description: "an hline as a dashed line at one y",
      input: { kind: "hline", y: 38, label: "Capacity" },
      expected: {
        type: "line",
        yMin: 38,
        yMax: 38,
        borderColor: "ANNOTATION",
        borderWidth: 2,
        borderDash: [6, 4],
      },
    },
    {
      description: "a yband as a box from yMin to yMax across the chart",
      input: { kind: "yband", yMin: 7.4287, yMax: 11.8638, label: "Implied" },
      expected: {
        type: "box",
        yMin: 7.4287,
        yMax: 11.8638,
        backgroundColor: "BAND",
        borderWidth: 0,
      },
    },
    {
      description: "an xband as a box from xMin to xMax down the chart",
      input: { kind: "xband", xMin: 0.5, xMax: 9.5, label: "Jan–Sep" },
      expected: { type: "box", xMin: 0.5, xMax: 9.5, backgroundColor: "BAND", borderWidth: 0 },
    },
    {
      description: "a box with all four edges, outlined",
      input: { kind: "box", xMin: -0.45, xMax: 1.45, yMin: 175, yMax: 180, label: "Peak" },
      expected: {
        type: "box",
        xMin: -0.45,
        xMax: 1.45,
        yMin: 175,
        yMax: 180,
        backgroundColor: "BAND",
        borderColor: "ANNOTATION",
        borderWidth: 1,
        borderDash: [2, 2],
      },
    },
    {
      description: "a bracket as a vertical line with arrow heads at both ends",
      input: { kind: "bracket", x: 4.7, yMin: 28.3, yMax: 177.5, label: "Lost" },
      expected: {
        type: "line",
        xMin: 4.7,
        xMax: 4.7,
        yMin: 28.3,
        yMax: 177.5,
        borderColor: "ANNOTATION",
        borderWidth: 2,
        arrowHeads: {
          start: { display: true, length: 6, width: 4 },
          end: { display: true, length: 6, width: 4 },
        },
      },
    },
  ])("draws $description, with no label of the annotation plugin's own", ({ input, expected }) => {
    const config = loose(barSpec({ annotations: [input] }));
    expect(config.options.plugins.annotation.annotations).toEqual([expected]);
  });

  it("draws no shape for a point label: the label layout places its text", () => {
    const config = loose(
      barSpec({ annotations: [{ kind: "label", x: 9, y: 2.14, label: "Record" }] }),
    );
    expect(config.options.plugins.annotation.annotations).toEqual([]);
  });

  it("hands every label to the label layout, numbered in the spec's order, 11 px (10 px compact)", () => {
    const annotations: ChartAnnotation[] = [
      { kind: "hline", y: 1, label: "a" },
      { kind: "label", x: 0, y: 2, label: "b" },
      { kind: "vline", x: 1, label: "c", date: "2023-01" },
    ];
    const layout = (compact: boolean) =>
      (
        loose(barSpec({ annotations }), compact).options.plugins as unknown as {
          labelLayout: {
            items: { annotation: ChartAnnotation; number: number }[];
            size: number;
            color: string;
            background: string;
          };
        }
      ).labelLayout;
    expect(layout(false).items.map((i) => [i.number, i.annotation.label])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ]);
    expect([layout(false).size, layout(true).size]).toEqual([11, 10]);
    expect([layout(false).color, layout(false).background]).toEqual(["TEXT", "LABEL-BG"]);
  });
});

describe("annotationTop(annotations)", () => {
  it.each<{ description: string; input: ChartAnnotation[]; expected: number | undefined }>([
    { description: "nothing for no annotations", input: [], expected: undefined },
    {
      description: "nothing when no annotation has a height (vline, xband)",
      input: [
        { kind: "vline", x: 1, label: "", date: "2023-01" },
        { kind: "xband", xMin: 0.5, xMax: 9.5, label: "" },
      ],
      expected: undefined,
    },
    {
      description: "the highest of an hline's y, a label's y and a box's yMax",
      input: [
        { kind: "hline", y: 38, label: "" },
        { kind: "label", x: 4, y: 33.7, label: "" },
        { kind: "box", xMin: 2.55, xMax: 3.45, yMin: 24.07, yMax: 24.51, label: "" },
      ],
      expected: 38,
    },
    {
      description: "a box's yMax over a bracket's lower yMax",
      input: [
        { kind: "bracket", x: 4.7, yMin: 28.3, yMax: 177.5, label: "" },
        { kind: "box", xMin: -0.45, xMax: 1.45, yMin: 175, yMax: 180, label: "" },
      ],
      expected: 180,
    },
    {
      description: "a yband's yMax",
      input: [{ kind: "yband", yMin: 7.4287, yMax: 11.8638, label: "" }],
      expected: 11.8638,
    },
  ])("gives $description: $expected", ({ input, expected }) => {
    expect(annotationTop(input)).toBe(expected);
  });
});

describe("toChartJsConfig(spec, theme): axes, hidden series and tooltip", () => {
  it("leaves the y axis room above the highest annotation: 38 × 1.12 = 42.56", () => {
    const config = loose(barSpec({ annotations: [{ kind: "hline", y: 38, label: "" }] }));
    expect(config.options.scales.y.suggestedMax).toBeCloseTo(42.56, 10);
  });

  it.each([
    { compact: false, kind: "vline", grace: "12%", max: 42.56 },
    { compact: true, kind: "hline", grace: "12%", max: 42.56 },
    // 38 × 1.25 = 47.5: on a phone, events' markers need rows above the data
    { compact: true, kind: "vline", grace: "25%", max: 47.5 },
  ] as const)(
    "leaves $grace above the data (compact: $compact, with a $kind)",
    ({ compact, kind, grace, max }) => {
      const annotations: ChartAnnotation[] = [
        { kind: "hline", y: 38, label: "" },
        ...(kind === "vline" ? [{ kind, x: 1, label: "", date: "2024-05-16" } as const] : []),
      ];
      const y = loose(barSpec({ annotations }), compact).options.scales.y as unknown as {
        grace: string;
        suggestedMax: number;
      };
      expect(y.grace).toBe(grace);
      expect(y.suggestedMax).toBeCloseTo(max, 10);
    },
  );

  it.each([false, true])(
    "writes a y title over 40 characters on two lines (compact: %s)",
    (compact) => {
      const yTitle = "Discount, USD/bbl (above 0 = cheaper than the series' benchmark)";
      const title = loose(barSpec({ yTitle }), compact).options.scales.y.title as { text: unknown };
      expect(title.text).toEqual([
        "Discount, USD/bbl (above 0 = cheaper",
        "than the series' benchmark)",
      ]);
    },
  );

  it("sets no suggested maximum without annotations", () => {
    expect(loose(barSpec()).options.scales.y.suggestedMax).toBeUndefined();
  });

  it("stacks both axes only when the spec is stacked", () => {
    const stacked = loose(barSpec()).options.scales;
    const flat = loose(barSpec({ stacked: false })).options.scales;
    expect([stacked.x.stacked, stacked.y.stacked, flat.x.stacked, flat.y.stacked]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("gives a linear month axis exactly the month ticks, whatever Chart.js proposed", () => {
    const x = loose(lineSpec()).options.scales.x;
    expect([x.type, x.min, x.max]).toEqual(["linear", 0.5, 3.5]);
    const axis = { ticks: [{ value: 0.5 }, { value: 1 }, { value: 1.5 }, { value: 2 }] };
    x.afterBuildTicks?.(axis);
    expect(axis.ticks).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }]);
  });

  it("labels a linear axis's ticks with the month names, and other values not at all", () => {
    const callback = loose(lineSpec()).options.scales.x.ticks.callback;
    expect([1, "2", 3, 1.5].map((v) => callback?.(v))).toEqual(["Jan", "Feb", "Mar", ""]);
  });

  it("leaves a category axis's ticks to Chart.js", () => {
    const x = loose(barSpec()).options.scales.x;
    expect(x.afterBuildTicks).toBeUndefined();
    expect(x.ticks.callback).toBeUndefined();
  });

  it("hides the series the reader turned off in the legend, and only those", () => {
    const shown = loose(barSpec()).data.datasets.map((d) => [d.label, d.hidden]);
    expect(shown).toEqual([
      ["Pipeline", false],
      ["LNG", false],
    ]);
    const config = toChartJsConfig(barSpec(), THEME, false, ["lng"]) as unknown as LooseConfig;
    expect(config.data.datasets.map((d) => [d.label, d.hidden])).toEqual([
      ["Pipeline", false],
      ["LNG", true],
    ]);
  });

  it("leaves the legend to the page: Chart.js's canvas legend is not configured", () => {
    expect(loose(barSpec()).options.plugins).not.toHaveProperty("legend");
  });

  it("titles a tooltip with the point's period and states its value, unit and basis", () => {
    const { title, label } = loose(lineSpec()).options.plugins.tooltip.callbacks;
    expect(title([{ datasetIndex: 0, dataIndex: 2 }])).toBe("Feb–Mar 2023");
    expect(title([])).toBe("");
    const item = (dataIndex: number) => ({
      datasetIndex: 0,
      dataIndex,
      dataset: { label: "ESPO" },
    });
    expect(label(item(0))).toBe("ESPO: $8.50/bbl (reported)");
    expect(label(item(2))).toBe("ESPO: $1.50/bbl (derived)");
    expect(label(item(1))).toBe("ESPO: –");
  });
});
