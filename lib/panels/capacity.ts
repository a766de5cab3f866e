// Capacities and agreements as dated facts on a yearly axis: each drawn only from the date it
// applies (an agreement from the date it was signed, marked as agreed, not as flowing).
import type { ChartAnnotation } from "../chart/spec";
import type { Capacity } from "../data/types";
import { yearAxisPosition } from "./events";
import { formatNumber } from "../format";

const STATUS_WORDS: Record<Capacity["status"], string> = {
  in_force: "in force",
  agreed: "agreed",
  memorandum: "memorandum",
};

/** A chart unit other than the capacities' bcm: `k` per bcm, e.g. Mtoe at 0.86. */
export interface CapacityScale {
  k: number;
  unit: string;
}

/**
 * What a capacity row says, in words, from its own fields: "38 bcm/yr, in force from 2024-12-01";
 * in another unit the converted level first, the stated one after: "32.7 Mtoe/yr (38 bcm/yr), …".
 */
function capacityText(c: Capacity, scale: CapacityScale | null): string {
  const level = scale
    ? `${formatNumber(c.value * scale.k, 1)} ${scale.unit}/yr (${c.valueText} ${c.unit})`
    : `${c.valueText} ${c.unit}`;
  return `${level}, ${STATUS_WORDS[c.status]} from ${c.validFrom}`;
}

/**
 * One route's capacities as segments on a yearly category axis from `firstYear` to `lastYear`:
 * each from its own date to the next row's (or the axis end); rows dated after the axis are not
 * drawn. `scale` converts bcm/yr to the chart's unit (and the labels say both); `null` keeps bcm.
 */
export function capacitySegments(
  rows: readonly Capacity[],
  route: string,
  firstYear: number,
  lastYear: number,
  scale: CapacityScale | null = null,
): ChartAnnotation[] {
  const ofRoute = rows
    .filter((c) => c.route === route)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const end = lastYear - firstYear + 0.5;
  return ofRoute.flatMap((c, i): ChartAnnotation[] => {
    const from = Math.max(-0.5, yearAxisPosition(c.validFrom, firstYear));
    if (from >= end) return [];
    const next = ofRoute[i + 1];
    const to = next ? Math.min(end, yearAxisPosition(next.validFrom, firstYear)) : end;
    return [
      {
        kind: "segment",
        xMin: from,
        xMax: Math.max(to, from + 0.05),
        y: c.value * (scale?.k ?? 1),
        label: capacityText(c, scale),
        status: c.status,
      },
    ];
  });
}
