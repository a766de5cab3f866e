import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFirstRows } from "@/lib/data/fast/first-rows";

/** The plain definition the bitset stands in for: a Map from each key to the row it was first seen on. */
function plainFirstRows() {
  const first = new Map<string | number, number>();
  return (key: string | number, row: number): number | undefined => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row);
    return seen;
  };
}

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
    {
      description: "tells apart keys 32 apart (the same bit of neighbouring words)",
      keys: [31, 63, 32, 0, 63, 32],
      expected: [undefined, undefined, undefined, undefined, 3, 4],
    },
    {
      description: "keeps the bitset's keys when the first key it cannot hold arrives",
      keys: [7, 2 ** 26 - 1, -3, 7, 2 ** 26 - 1],
      expected: [undefined, undefined, undefined, 2, 3],
    },
  ])("$description", ({ keys, expected }) => {
    const firstRowOf = createFirstRows();
    expect(keys.map((key, i) => firstRowOf(key, i + 2))).toEqual(expected);
  });

  it("holds a hundred thousand distinct keys and finds the one repeated", () => {
    const firstRowOf = createFirstRows();
    let repeats = 0;
    for (let i = 0; i < 100_000; i++) if (firstRowOf(i * 37, i + 2) !== undefined) repeats += 1;
    expect(repeats).toBe(0);
    expect(firstRowOf(99_999 * 37, 1_000_000)).toBe(100_001);
  });

  it("answers as a plain Map of first rows does, for any sequence of keys (fast-check, seeded)", () => {
    const key = fc.oneof(
      // Few distinct keys, so repeats are common; the edges of words and of the bitset.
      fc.integer({ min: 0, max: 200 }),
      fc.constantFrom(0, 31, 32, 1023 * 32, 1024 * 32, 2 ** 26 - 1, 2 ** 26, -1, 0.5, -0),
      fc.integer({ min: 0, max: 2 ** 26 - 1 }),
      fc.constantFrom("0", "1", "a", ""),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const fast = createFirstRows();
        const plain = plainFirstRows();
        expect(keys.map((k, i) => fast(k, i + 2))).toEqual(keys.map((k, i) => plain(k, i + 2)));
      }),
      { seed: 20240516, numRuns: 500 },
    );
  });
});
