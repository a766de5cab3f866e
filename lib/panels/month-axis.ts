// A calendar year as a 1–12 month axis, where a month or a run of months ("2023-08/09") sits at
// its centre: the savings panel's discounts by month.
import { MONTHS } from "./oil-values";
import type { ChartPoint } from "../chart/spec";

/** Centre of a period on a 1–12 month axis: 2023-08/09 → 8.5. */
export function monthAxisPosition(period: string): number | null {
  const m = /^\d{4}-(\d{2})(?:\/(\d{2}))?$/.exec(period);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return (from + to) / 2;
}

/** Months no period covers get an empty point, so the line breaks there instead of bridging the gap. */
export function withGaps(points: ChartPoint[], periods: string[]): ChartPoint[] {
  const covered = new Set<number>();
  for (const p of periods) {
    const m = /^\d{4}-(\d{2})(?:\/(\d{2}))?$/.exec(p);
    if (!m) continue;
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) covered.add(i);
  }
  const gaps = Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((month) => !covered.has(month))
    .map((month) => ({ x: month, y: null, basis: null, tip: "" }));
  return [...points, ...gaps].sort((a, b) => Number(a.x) - Number(b.x));
}

/** Ticks of a 1–12 month axis: 1 → "Jan" … 12 → "Dec". */
export const MONTH_TICKS = MONTHS.map((label, i) => ({ value: i + 1, label }));
