// Where each annotation label goes, by rule: a label never covers another label, a bar, a point
// or line of the data, or the edge of the plot. Each label has candidate places in order of
// preference (above its point, along its line, inside its band…); the first free one wins, the
// labels placed in priority order. A label with no free place becomes a numbered marker at its
// anchor, and the chart's key (the caption) gives the number's text.
//
// Pure: sizes and positions in CSS pixels come in, boxes come out. lib/chart/label-plugin.ts
// measures the text and the data on the drawn chart and draws what this decides.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  /** Top-left corners to try, best first. */
  candidates: { x: number; y: number }[];
  /** Where a marker goes when no candidate is free: its centre. */
  markerAt: { x: number; y: number };
  /** The label's number in the chart's key, shown in its marker. */
  number: number;
}

export type Placement =
  | { id: string; kind: "label"; box: Box }
  | { id: string; kind: "marker"; box: Box; number: number };

/** Markers are circles of this diameter; gap is the clearance kept around every box. */
export const MARKER_SIZE = 16;
const GAP = 2;
const STEP = MARKER_SIZE + GAP;
const MARKER_SHIFTS = [0, STEP, -STEP, 2 * STEP, -2 * STEP];

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

export function inside(box: Box, area: Box): boolean {
  return (
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  );
}

const free = (box: Box, area: Box, taken: readonly Box[], obstacles: readonly Box[]) =>
  inside(box, area) &&
  !taken.some((t) => overlaps(box, t, GAP)) &&
  !obstacles.some((o) => overlaps(box, o, GAP));

/** The free marker place (on a grid of half a marker) whose centre is nearest `anchor`, if any. */
function nearestFree(
  anchor: { x: number; y: number },
  area: Box,
  taken: readonly Box[],
  obstacles: readonly Box[],
): Box | undefined {
  let best: Box | undefined;
  let bestDistance = Infinity;
  const half = MARKER_SIZE / 2;
  for (let y = area.y; y + MARKER_SIZE <= area.y + area.height; y += half)
    for (let x = area.x; x + MARKER_SIZE <= area.x + area.width; x += half) {
      const d = (x + half - anchor.x) ** 2 + (y + half - anchor.y) ** 2;
      if (d >= bestDistance) continue;
      const box = { x, y, width: MARKER_SIZE, height: MARKER_SIZE };
      if (free(box, area, taken, obstacles)) [best, bestDistance] = [box, d];
    }
  return best;
}

/**
 * Places `labels` (in the order given: most important first) in `area`, clear of `obstacles`
 * (the data's bars and points) and of each other. A marker shows the label's number; it slides
 * down its anchor's vertical until it is free, else takes the free place nearest its anchor, and
 * covers data rather than another label only when no place in the plot is free.
 */
export function layoutLabels(
  labels: readonly LabelRequest[],
  area: Box,
  obstacles: readonly Box[],
): Placement[] {
  const taken: Box[] = [];
  const placed: Placement[] = [];
  for (const label of labels) {
    const spot = label.candidates
      .map((c) => ({ x: c.x, y: c.y, width: label.width, height: label.height }))
      .find((box) => free(box, area, taken, obstacles));
    if (spot) {
      taken.push(spot);
      placed.push({ id: label.id, kind: "label", box: spot });
      continue;
    }
    const half = MARKER_SIZE / 2;
    const clampX = Math.min(
      Math.max(label.markerAt.x - half, area.x),
      area.x + area.width - MARKER_SIZE,
    );
    let box: Box | undefined;
    // Row by row down from the anchor; in each row, the anchor's x, then one and two markers to
    // either side (events a few months apart share an x).
    for (
      let y = label.markerAt.y - half;
      !box && y + MARKER_SIZE <= area.y + area.height;
      y += half
    ) {
      for (const dx of MARKER_SHIFTS) {
        const tryBox = {
          x: clampX + dx,
          y: Math.max(y, area.y),
          width: MARKER_SIZE,
          height: MARKER_SIZE,
        };
        if (free(tryBox, area, taken, obstacles)) {
          box = tryBox;
          break;
        }
      }
    }
    // Then the free place nearest the anchor anywhere in the plot: away from its line, the
    // number still leads to the key, where covering a bar would hide data.
    box ??= nearestFree(label.markerAt, area, taken, obstacles);
    // Over the data rather than over another label: every marker still reads.
    for (let y = area.y; !box && y + MARKER_SIZE <= area.y + area.height; y += half) {
      const tryBox = { x: clampX, y, width: MARKER_SIZE, height: MARKER_SIZE };
      if (inside(tryBox, area) && !taken.some((t) => overlaps(tryBox, t, GAP))) box = tryBox;
    }
    box ??= { x: clampX, y: area.y, width: MARKER_SIZE, height: MARKER_SIZE };
    taken.push(box);
    placed.push({ id: label.id, kind: "marker", box, number: label.number });
  }
  return placed;
}
