import type { Period } from "./types";

// Years outside this window are typing mistakes in this domain (Power of Siberia opened in
// 2019; the oldest reference figure is 2014), not data.
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_SPAN = /^(\d{4})-(\d{2})\/(\d{2})$/;
const YEAR_SPAN = /^(\d{4})\/(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");
const validYear = (y: number) => y >= EARLIEST_YEAR && y <= LATEST_YEAR;
const validMonth = (m: number) => m >= 1 && m <= 12;

/** Parses a period label; `null` when it is not one of the four accepted forms. */
export function parsePeriod(label: string): Period | null {
  let m = YEAR.exec(label);
  if (m) {
    const y = Number(m[1]);
    if (!validYear(y)) return null;
    return { label, kind: "year", start: `${y}-01`, end: `${y}-12`, months: 12 };
  }
  m = MONTH.exec(label);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!validYear(y) || !validMonth(mo)) return null;
    return { label, kind: "month", start: `${y}-${pad(mo)}`, end: `${y}-${pad(mo)}`, months: 1 };
  }
  m = MONTH_SPAN.exec(label);
  if (m) {
    const y = Number(m[1]);
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (!validYear(y) || !validMonth(from) || !validMonth(to) || to <= from) return null;
    return {
      label,
      kind: "month-span",
      start: `${y}-${pad(from)}`,
      end: `${y}-${pad(to)}`,
      months: to - from + 1,
    };
  }
  m = YEAR_SPAN.exec(label);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!validYear(from) || !validYear(to) || to <= from) return null;
    return {
      label,
      kind: "year-span",
      start: `${from}-01`,
      end: `${to}-12`,
      months: (to - from + 1) * 12,
    };
  }
  return null;
}

/** Calendar days a period covers (for converting totals to daily rates). */
export function daysInPeriod(period: Period): number {
  const [sy, sm] = period.start.split("-").map(Number) as [number, number];
  const [ey, em] = period.end.split("-").map(Number) as [number, number];
  const start = Date.UTC(sy, sm - 1, 1);
  const end = Date.UTC(ey, em, 1);
  return Math.round((end - start) / 86_400_000);
}
