import { describe, expect, it } from "vitest";
import { describeChart } from "@/lib/chart/describe";
import type { ChartSpec } from "@/lib/chart/spec";

const base: ChartSpec = {
  xType: "category",
  labels: ["2021", "2022", "2023"],
  xTitle: "Year",
  yTitle: "Billion cubic metres (bcm)",
  yUnit: "bcm",
  stacked: false,
  series: [],
  annotations: [],
};

const point = (x: string, y: number | null) => ({
  x,
  y,
  basis: y === null ? null : ("reported" as const),
  tip: x,
});

describe("describeChart", () => {
  it.each([
    {
      description: "names the kind of chart, the axis and the years shown",
      spec: {
        ...base,
        series: [
          {
            id: "a",
            label: "Pipeline",
            kind: "bar" as const,
            colour: 0,
            points: [point("2021", 10.39), point("2022", 15.4), point("2023", 22.73)],
          },
        ],
      },
      // first, last and (here) no separate peak: 22.73 is also the last value
      expected:
        "Bar chart: Billion cubic metres (bcm), 2021–2023. Pipeline: from 10.4 bcm in 2021 to 22.7 bcm in 2023.",
    },
    {
      description: "says where a series has no value and where its highest value is",
      spec: {
        ...base,
        stacked: true,
        series: [
          {
            id: "a",
            label: "LNG",
            kind: "bar" as const,
            colour: 1,
            points: [point("2021", 6), point("2022", null), point("2023", 4)],
          },
        ],
      },
      expected:
        "Bar chart (stacked): Billion cubic metres (bcm), 2021–2023. LNG: from 6.00 bcm in 2021 to 4.00 bcm in 2023; no value for 2022.",
    },
    {
      description: "mentions the peak when it is neither the first nor the last value",
      spec: {
        ...base,
        series: [
          {
            id: "a",
            label: "Europe",
            kind: "bar" as const,
            colour: 5,
            points: [point("2021", 10), point("2022", 63.8), point("2023", 28.3)],
          },
        ],
      },
      expected:
        "Bar chart: Billion cubic metres (bcm), 2021–2023. Europe: from 10.0 bcm in 2021 to 28.3 bcm in 2023, highest 63.8 bcm in 2022.",
    },
    {
      description: "says so when the range holds no values at all",
      spec: {
        ...base,
        labels: [],
        series: [{ id: "a", label: "Pipeline", kind: "bar" as const, colour: 0, points: [] }],
      },
      expected: "Bar chart: Billion cubic metres (bcm). No values in this range.",
    },
    {
      description: "lists the annotations other than event lines",
      spec: {
        ...base,
        series: [
          {
            id: "a",
            label: "Pipeline",
            kind: "bar" as const,
            colour: 0,
            points: [point("2023", 22.73)],
          },
        ],
        annotations: [
          { kind: "hline" as const, y: 38, label: "Design capacity: 38 bcm/yr" },
          { kind: "vline" as const, x: 0, label: "First gas", date: "2019-12-02" },
        ],
      },
      expected:
        "Bar chart: Billion cubic metres (bcm), 2021–2023. Pipeline: 22.7 bcm in 2023. Marked: Design capacity: 38 bcm/yr.",
    },
  ])("$description", ({ spec, expected }) => {
    expect(describeChart(spec)).toBe(expected);
  });
});
