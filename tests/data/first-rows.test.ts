import { describe, expect, it } from "vitest";
import { createFirstRows } from "@/lib/data/first-rows";

describe("createFirstRows()", () => {
  it.each([
    {
      description: "records unseen integer keys and names the first row of a repeated one",
      keys: [5, 70_000, 5, 70_000, 5],
      expected: [undefined, undefined, 2, 3, 2],
    },
    {
      description: "keeps naming first rows after a repeat has switched it to a Map",
      keys: [1, 1, 2, 3, 2, 3],
      expected: [undefined, 2, undefined, undefined, 4, 5],
    },
    {
      description: "takes string keys",
      keys: ["a\u0000b", "a", "a\u0000b"],
      expected: [undefined, undefined, 2],
    },
    {
      description: "takes keys the bitset cannot hold (negative, fractional, huge)",
      keys: [-1, 0.5, 2 ** 26, 2 ** 40, -1, 0.5, 2 ** 26, 2 ** 40, 0],
      expected: [undefined, undefined, undefined, undefined, 2, 3, 4, 5, undefined],
    },
    {
      description: "tells 0 from the string '0'",
      keys: [0, "0", 0, "0"],
      expected: [undefined, undefined, 2, 3],
    },
  ])("$description", ({ keys, expected }) => {
    const firstRowOf = createFirstRows();
    expect(keys.map((key, i) => firstRowOf(key, i + 2))).toEqual(expected);
  });

  it("holds a hundred thousand distinct keys and finds the one repeated", () => {
    const firstRowOf = createFirstRows();
    for (let i = 0; i < 100_000; i++) expect(firstRowOf(i * 37, i + 2)).toBeUndefined();
    expect(firstRowOf(99_999 * 37, 1_000_000)).toBe(100_001);
  });
});
