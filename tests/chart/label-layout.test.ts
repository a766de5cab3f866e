import { describe, expect, it } from "vitest";
import {
  inside,
  layoutLabels,
  MARKER_SIZE,
  overlaps,
  type LabelRequest,
} from "@/lib/chart/label-layout";

const area = { x: 0, y: 0, width: 200, height: 100 };
const label = (id: string, candidates: { x: number; y: number }[], number = 1): LabelRequest => ({
  id,
  width: 50,
  height: 12,
  candidates,
  markerAt: { x: 100, y: 20 },
  number,
});

describe("overlaps(a, b) and inside(box, area)", () => {
  it("treats boxes that only touch as not overlapping", () => {
    expect(
      overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }),
    ).toBe(false);
    expect(
      overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 10, height: 10 }),
    ).toBe(true);
  });
  it("counts a box on the edge as inside and one past it as clipped", () => {
    expect(inside({ x: 150, y: 88, width: 50, height: 12 }, area)).toBe(true);
    expect(inside({ x: 151, y: 88, width: 50, height: 12 }, area)).toBe(false);
  });
});

describe("layoutLabels(labels, area, obstacles)", () => {
  it("takes the first candidate that is inside the area and clear of the data", () => {
    const bar = { x: 0, y: 40, width: 60, height: 60 };
    const placed = layoutLabels(
      [
        label("a", [
          { x: -10, y: 0 },
          { x: 0, y: 30 },
          { x: 70, y: 30 },
        ]),
      ],
      area,
      [bar],
    );
    // (-10, 0) is clipped; (0, 30) + 12 high reaches 42, within the 2 px gap of the bar at 40.
    expect(placed).toEqual([
      { id: "a", kind: "label", box: { x: 70, y: 30, width: 50, height: 12 } },
    ]);
  });

  it("never puts a later label on an earlier one", () => {
    const placed = layoutLabels(
      [
        label("first", [{ x: 10, y: 10 }]),
        label("second", [
          { x: 30, y: 15 },
          { x: 30, y: 40 },
        ]),
      ],
      area,
      [],
    );
    expect(placed.map((p) => [p.id, p.box.y])).toEqual([
      ["first", 10],
      ["second", 40],
    ]);
  });

  it("turns a label with no free place into a marker with its number, clear of the others", () => {
    const placed = layoutLabels(
      [label("a", [{ x: 92, y: 12 }]), label("b", [{ x: 300, y: 0 }], 7)],
      area,
      [],
    );
    // b's marker would be centred on (100, 20), at x 92..108 × y 12..28: a is at 92..142 × 12..24.
    // 18 px right (110..126) still meets a; 18 px left (74..90) ends 2 px before a: free.
    expect(placed[1]).toEqual({
      id: "b",
      kind: "marker",
      number: 7,
      box: { x: 74, y: 12, width: MARKER_SIZE, height: MARKER_SIZE },
    });
  });

  it("slides a marker down when the row is full, clear of the data", () => {
    const wall = { x: 0, y: 0, width: 200, height: 30 };
    const [placed] = layoutLabels([label("c", [])], area, [wall]);
    // Rows from y = 12 by 8 px: 12, 20, 28 meet the wall (0..30, +2 gap); 36 is free, at x 92.
    expect(placed!.box).toEqual({ x: 92, y: 36, width: MARKER_SIZE, height: MARKER_SIZE });
  });

  it("takes the free place nearest its anchor before covering data", () => {
    // Data everywhere but a pocket at the bottom left: x < 40, y ≥ 60.
    const data = [
      { x: 40, y: 0, width: 160, height: 100 },
      { x: 0, y: 0, width: 40, height: 60 },
    ];
    const [placed] = layoutLabels([label("d", [])], area, data);
    // Grid of 8 px; with the 2 px gap a marker fits at x ≤ 22 (x 0, 8, 16) and y ≥ 62 (64, 72,
    // 80). Nearest (100, 20) by its centre: x 16, y 64 (centre 24, 72).
    expect(placed).toEqual({
      id: "d",
      kind: "marker",
      number: 1,
      box: { x: 16, y: 64, width: MARKER_SIZE, height: MARKER_SIZE },
    });
  });

  it("covers data only when no place in the plot is free", () => {
    const [placed] = layoutLabels([label("f", [])], area, [{ ...area }]);
    expect(placed!.box).toEqual({ x: 92, y: 0, width: MARKER_SIZE, height: MARKER_SIZE });
  });

  it("keeps a marker inside the area when its anchor is at the edge", () => {
    const edge = { ...label("e", []), markerAt: { x: 199, y: 20 } };
    const [placed] = layoutLabels([edge], area, []);
    expect(placed!.box.x).toBe(200 - MARKER_SIZE);
  });
});
