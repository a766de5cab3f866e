import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import type { TimelineEvent } from "@/lib/data/types";
import { eventLines, yearAxisPosition } from "@/lib/panels/events";
import { buildPanels } from "@/lib/panels";
import { computeMetrics } from "@/lib/metrics/registry";
import { shippedFiles } from "../support/data";

describe("yearAxisPosition(date, firstYear)", () => {
  it.each([
    // index 8 for 2022, its bar starts half a category earlier, one month of twelve has passed
    { date: "2022-02", firstYear: 2014, expected: 8 - 0.5 + 1 / 12 }, // 7.58333
    // 2 December: 11 whole months and 1 day of 31 have passed
    { date: "2019-12-02", firstYear: 2019, expected: -0.5 + (11 + 1 / 31) / 12 }, // 0.41935
    // 16 May 2024 on an axis from 2014: 4 months and 15 days of 31 into index 10
    { date: "2024-05-16", firstYear: 2014, expected: 10 - 0.5 + (4 + 15 / 31) / 12 }, // 9.87366
    { date: "2024-12-01", firstYear: 2014, expected: 10 - 0.5 + 11 / 12 }, // 10.41667
    // 1 January is the left edge of the year's category
    { date: "2020-01-01", firstYear: 2019, expected: 0.5 },
    // a year alone is read as its first day
    { date: "2022", firstYear: 2014, expected: 7.5 },
    // before the axis starts: a negative position, not clamped
    { date: "2013-07", firstYear: 2014, expected: -1.5 + 6 / 12 },
  ])("places $date on an axis from $firstYear at $expected", ({ date, firstYear, expected }) => {
    expect(yearAxisPosition(date, firstYear)).toBeCloseTo(expected, 10);
  });
});

const event = (date: string, label: string): TimelineEvent => ({
  date,
  label,
  detail: "",
  sourceId: "s1",
  topics: ["oil"],
});

describe("eventLines(events, firstYear, lastYear)", () => {
  it("draws one vertical line per event, at its position, labelled and dated", () => {
    expect(eventLines([event("2020-01-01", "A")], "oil", 2019, 2021)).toEqual([
      { kind: "vline", x: 0.5, label: "A", date: "2020-01-01" },
    ]);
  });

  it("joins events of the same month into one line at the first one's date", () => {
    const lines = eventLines(
      [event("2022-02", "Partnership"), event("2022-02-24", "Invasion")],
      "oil",
      2014,
      2024,
    );
    expect(lines).toEqual([
      { kind: "vline", x: 8 - 0.5 + 1 / 12, label: "Partnership · Invasion", date: "2022-02" },
    ]);
  });

  it("keeps months apart: the same day in another month is another line", () => {
    const lines = eventLines(
      [event("2022-02-24", "A"), event("2022-03-24", "B")],
      "oil",
      2022,
      2022,
    );
    expect(lines.map((l) => l.label)).toEqual(["A", "B"]);
  });

  it("keeps only events from firstYear to lastYear, both included", () => {
    const lines = eventLines(
      [
        event("2018-12-31", "before"),
        event("2019-01-01", "first day"),
        event("2023-12-31", "last day"),
        event("2024-01-01", "after"),
      ],
      "oil",
      2019,
      2023,
    );
    expect(lines.map((l) => l.label)).toEqual(["first day", "last day"]);
  });

  it("gives no lines when no event falls in the years", () => {
    expect(eventLines([event("2010-05", "old")], "oil", 2014, 2024)).toEqual([]);
  });

  it("turns the shipped events.csv into the oil panel's five lines (2014–2025), no gas-only event", () => {
    const { events } = buildBundle(shippedFiles());
    expect(eventLines(events, "oil", 2014, 2025)).toEqual([
      {
        kind: "vline",
        x: 8 - 0.5 + 1 / 12, // 7.58333
        label: '"No limits" partnership declared · Russia invades Ukraine',
        date: "2022-02",
      },
      {
        kind: "vline",
        x: 10 - 0.5 + (4 + 15 / 31) / 12, // 9.87366
        label: "Putin's state visit to China",
        date: "2024-05-16",
      },
      {
        kind: "vline",
        x: 11 - 0.5 + 9 / 31 / 12, // 10.52419
        label: "US sanctions on tankers and producers",
        date: "2025-01-10",
      },
      {
        kind: "vline",
        x: 11 - 0.5 + 8 / 12, // 11.16667
        label: "EU/UK price cap to $47.60",
        date: "2025-09",
      },
      {
        kind: "vline",
        x: 11 - 0.5 + (9 + 21 / 31) / 12, // 11.30645
        label:
          "US sanctions on Rosneft and Lukoil · Chinese state majors pause seaborne Russian crude",
        date: "2025-10-22",
      },
    ]);
  });

  it("gives each panel only the events whose topics name it", () => {
    const bundle = buildBundle(shippedFiles());
    const topicOf = { oil: "oil", gas: "gas", europe: "europe" } as const;
    const panels = buildPanels(bundle, computeMetrics(bundle));
    let seen = 0;
    for (const panel of panels) {
      const topic = topicOf[panel.id as keyof typeof topicOf];
      for (const view of panel.views)
        for (const a of view.chart.annotations) {
          if (a.kind !== "vline") continue;
          seen++;
          expect(topic, `${panel.id} draws events`).toBeDefined();
          for (const label of a.label.split(" · ")) {
            const e = bundle.events.find((x) => x.label === label)!;
            expect(e.topics, `${label} on ${panel.id}`).toContain(topic);
          }
        }
    }
    // The gas panel draws "Ukrainian gas transit ends" and the oil panel does not.
    const lines = (id: string) =>
      panels
        .find((p) => p.id === id)!
        .views[0]!.chart.annotations.map((a) => a.label)
        .join("|");
    expect(lines("gas")).toContain("Ukrainian gas transit ends");
    expect(lines("oil")).not.toContain("Ukrainian gas transit ends");
    expect(seen).toBeGreaterThan(5);
  });
});
