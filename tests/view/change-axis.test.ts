import { describe, expect, it } from "vitest";
import { changeAxis } from "@/lib/view/change-axis";

describe("changeAxis(values)", () => {
  const cases = [
    {
      description: "no values: the chart's own axis",
      values: [],
      expected: { yMin: undefined, yMax: undefined, offScale: [] },
    },
    {
      description: "all rises: starts at 0 (no fixed ends)",
      values: [12, 40, 3],
      expected: { yMin: undefined, yMax: undefined, offScale: [] },
    },
    {
      description: "a fall of 37%: floor at −40, never the −200 a round tick would give",
      values: [-37, 20],
      expected: { yMin: -40, yMax: undefined, offScale: [] },
    },
    {
      description: "a fall of 100%: floor at −100",
      values: [-100, 5],
      expected: { yMin: -100, yMax: undefined, offScale: [] },
    },
    {
      // 1,033 > 3 × 45; the axis stops at 45 × 1.5 = 67.5 → 70.
      description: "a tenfold first-year rise beside 45% and 12%: off scale above 70",
      values: [1033, 45, 12, -8],
      expected: { yMin: -10, yMax: 70, offScale: [1033] },
    },
    {
      description: "two large rises of the same order stay on scale (150 ≤ 3 × 120)",
      values: [150, 120, 10],
      expected: { yMin: undefined, yMax: undefined, offScale: [] },
    },
    {
      description: "an outlier under +100% stays on scale (90 > 3 × 20, but not a doubling)",
      values: [90, 20],
      expected: { yMin: undefined, yMax: undefined, offScale: [] },
    },
  ];
  for (const c of cases) it(c.description, () => expect(changeAxis(c.values)).toEqual(c.expected));
});
