import { describe, expect, it } from "vitest";
import { mergeUpload, overlay } from "@/lib/upload/merge";
import { brief, bundleWith, obs, source } from "./rows";

const PUBLISHED = bundleWith({
  crude: [
    obs("2022", "russia", "86.25", "Mt"),
    obs("2023", "russia", "107.02", "Mt"),
    obs("2023", "russia", "2.14", "mb/d"),
  ],
  sources: [source("s"), source("t")],
});
const MINE = [obs("2023", "russia", "110.5", "Mt"), obs("2024", "russia", "108.5", "Mt")];

describe("mergeUpload(published, uploads, mode)", () => {
  it.each([
    {
      description: "extend keeps the published rows, replaces 2023 Mt in place and appends 2024",
      mode: "extend" as const,
      expected: [
        ["2022", "russia", "Mt", "86.25", "published"],
        ["2023", "russia", "Mt", "110.5", "reader"],
        ["2023", "russia", "mb/d", "2.14", "published"],
        ["2024", "russia", "Mt", "108.5", "reader"],
      ],
    },
    {
      description: "replace keeps only the uploaded rows of that dataset",
      mode: "replace" as const,
      expected: [
        ["2023", "russia", "Mt", "110.5", "reader"],
        ["2024", "russia", "Mt", "108.5", "reader"],
      ],
    },
  ])("$description", ({ mode, expected }) => {
    const merged = mergeUpload(PUBLISHED, [{ dataset: "crude_annual", observations: MINE }], mode);
    expect(brief(merged.datasets.crude_annual)).toEqual(expected);
  });

  it("marks uploaded observations as the reader's, copying rather than changing them", () => {
    const merged = mergeUpload(
      PUBLISHED,
      [{ dataset: "crude_annual", observations: MINE }],
      "extend",
    );
    expect(merged.datasets.crude_annual[1]).toEqual({ ...MINE[0], origin: "reader" });
    expect(MINE[0]!.origin).toBeUndefined();
  });

  it("never changes the published bundle", () => {
    const before = structuredClone(PUBLISHED);
    for (const mode of ["extend", "replace"] as const) {
      mergeUpload(
        PUBLISHED,
        [
          { dataset: "crude_annual", observations: MINE },
          { dataset: "sources", sources: [source("s", "New")] },
        ],
        mode,
      );
    }
    expect(PUBLISHED).toEqual(before);
  });

  it("leaves the datasets nobody uploaded to as they are", () => {
    const merged = mergeUpload(PUBLISHED, [{ dataset: "prices", observations: [] }], "replace");
    expect(merged.datasets.crude_annual).toBe(PUBLISHED.datasets.crude_annual);
    expect(merged.sources).toBe(PUBLISHED.sources);
  });

  it.each([
    {
      mode: "extend" as const,
      expected: [
        ["s", "New"],
        ["t", "P"],
        ["u", "P"],
      ],
    },
    {
      mode: "replace" as const,
      expected: [
        ["s", "New"],
        ["u", "P"],
      ],
    },
  ])("sources.csv $mode: the same id replaces, a new one is added", ({ mode, expected }) => {
    const uploads = [{ dataset: "sources" as const, sources: [source("s", "New"), source("u")] }];
    const merged = mergeUpload(PUBLISHED, uploads, mode);
    expect(merged.sources.map((s) => [s.id, s.publisher])).toEqual(expected);
  });

  it("two files for one dataset: replace starts from nothing once, the later file wins a key", () => {
    const first = [obs("2023", "russia", "1", "Mt"), obs("2020", "russia", "2", "Mt")];
    const second = [obs("2023", "russia", "3", "Mt")];
    const merged = mergeUpload(
      PUBLISHED,
      [
        { dataset: "crude_annual", observations: first },
        { dataset: "crude_annual", observations: second },
      ],
      "replace",
    );
    expect(brief(merged.datasets.crude_annual)).toEqual([
      ["2023", "russia", "Mt", "3", "reader"],
      ["2020", "russia", "Mt", "2", "reader"],
    ]);
  });
});

describe("overlay(base, rows, key)", () => {
  it("replaces equal keys in place and appends new ones in their order", () => {
    const key = (r: [string, number]) => r[0];
    const base: [string, number][] = [
      ["a", 1],
      ["b", 2],
    ];
    expect(
      overlay(
        base,
        [
          ["c", 3],
          ["a", 9],
          ["d", 4],
        ],
        key,
      ),
    ).toEqual([
      ["a", 9],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
    expect(base).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });
});
