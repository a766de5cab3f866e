import { describe, expect, it } from "vitest";
import { compareUpload } from "@/lib/upload/compare";
import { diffDatasets, diffRows, sameFields } from "@/lib/upload/diff";
import { mergeUpload } from "@/lib/upload/merge";
import { brief, bundleWith, obs, source } from "./rows";

const BEFORE = [
  obs("2022", "russia", "86.25", "Mt"),
  obs("2023", "russia", "107.02", "Mt"),
  obs("2023", "russia", "2.14", "mb/d"),
];

describe("diffDatasets(before, after)", () => {
  it("sorts rows into added, removed, changed and unchanged by (period, series, unit)", () => {
    const after = [
      obs("2022", "russia", "86.25", "Mt", { row: 9, origin: "reader" }), // same as written: unchanged
      obs("2023", "russia", "110.5", "Mt"), // value changed
      obs("2024", "russia", "108.5", "Mt"), // added
    ]; // 2023 mb/d removed
    const diff = diffDatasets(BEFORE, after);
    expect(brief(diff.added)).toEqual([["2024", "russia", "Mt", "108.5", "published"]]);
    expect(brief(diff.removed)).toEqual([["2023", "russia", "mb/d", "2.14", "published"]]);
    expect(diff.changed.map((c) => [c.before.valueText, c.after.valueText])).toEqual([
      ["107.02", "110.5"],
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it.each([
    {
      description: "the value as written (107.0 is not 107.02)",
      change: { valueText: "107.0", value: 107 },
    },
    { description: "the basis", change: { basis: "estimate" as const } },
    { description: "the source", change: { sourceId: "t" } },
    { description: "the note", change: { note: "revised" } },
  ])("counts a row as changed when only $description differs", ({ change }) => {
    const diff = diffDatasets(BEFORE, [{ ...BEFORE[1]!, ...change }]);
    expect(diff.changed).toHaveLength(1);
  });

  it("finds nothing between a dataset and itself", () => {
    expect(diffDatasets(BEFORE, BEFORE)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 3,
    });
  });
});

describe("diffRows with sameFields (sources, factors, events)", () => {
  it("compares every field of a source", () => {
    const diff = diffRows(
      [source("s"), source("t")],
      [source("s", "Other"), source("t"), source("u")],
      (s) => s.id,
      sameFields,
    );
    expect([diff.added.length, diff.changed.length, diff.removed.length, diff.unchanged]).toEqual([
      1, 1, 0, 1,
    ]);
  });
});

describe("compareUpload(published, merged, targets)", () => {
  const published = bundleWith({ crude: BEFORE, sources: [source("s")] });
  const mine = [
    obs("2023", "russia", "110.5", "Mt", { note: "mine" }),
    obs("2024", "russia", "108.5", "Mt"),
  ];

  it.each([
    { mode: "extend" as const, counts: [1, 1, 0, 2] },
    { mode: "replace" as const, counts: [1, 1, 2, 0] },
  ])("$mode: counts and the lines the table shows", ({ mode, counts }) => {
    const merged = mergeUpload(published, [{ dataset: "crude_annual", observations: mine }], mode);
    const [summary] = compareUpload(published, merged, ["crude_annual"]);
    expect([summary!.added, summary!.changed, summary!.removed, summary!.unchanged]).toEqual(
      counts,
    );
    expect(summary!.lines[0]).toEqual({
      kind: "changed",
      period: "2023",
      series: "russia",
      unit: "Mt",
      before: "107.02",
      after: "110.5",
      columns: ["value", "note"],
    });
    expect(summary!.lines.map((l) => l.kind)).toEqual(
      mode === "extend" ? ["changed", "added"] : ["changed", "removed", "removed", "added"],
    );
  });

  it("caps the lines, not the counts", () => {
    const many = Array.from({ length: 30 }, (_, i) => obs(String(2030 + i), "russia", "1", "Mt"));
    const merged = mergeUpload(
      published,
      [{ dataset: "crude_annual", observations: many }],
      "extend",
    );
    const [summary] = compareUpload(published, merged, ["crude_annual"], 10);
    expect(summary!.added).toBe(30);
    expect(summary!.lines).toHaveLength(10);
  });

  it("gives counts only for a support file, once per target", () => {
    const merged = mergeUpload(
      published,
      [{ dataset: "sources", sources: [source("u")] }],
      "extend",
    );
    expect(compareUpload(published, merged, ["sources", "sources"])).toEqual([
      { dataset: "sources", added: 1, removed: 0, changed: 0, unchanged: 1, lines: [] },
    ]);
  });
});
