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

/** Month index: year × 12 + month − 1, so that month arithmetic is subtraction. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** Calendar days from the first day of month index `first` to the last day of `last`. */
function calendarDays(first: number, last: number): number {
  const start = Date.UTC(Math.floor(first / 12), first % 12, 1);
  const end = Date.UTC(Math.floor(last / 12), (last % 12) + 1, 1);
  return Math.round((end - start) / 86_400_000);
}

function make(
  label: string,
  kind: Period["kind"],
  fromYear: number,
  fromMonth: number,
  toYear: number,
  toMonth: number,
): Period {
  const firstMonth = monthIndex(fromYear, fromMonth);
  const lastMonth = monthIndex(toYear, toMonth);
  const months = lastMonth - firstMonth + 1;
  return {
    label,
    kind,
    start: `${fromYear}-${pad(fromMonth)}`,
    end: `${toYear}-${pad(toMonth)}`,
    months,
    firstMonth,
    lastMonth,
    days: calendarDays(firstMonth, lastMonth),
    partial: months % 12 !== 0 || fromMonth !== 1,
  };
}

/**
 * Parses a period label once, into its numeric extent; `null` when it is not one of the four
 * accepted forms (`2023`, `2023-06`, `2023-01/09`, `2018/2019`).
 */
export function parsePeriod(label: string): Period | null {
  let m = YEAR.exec(label);
  if (m) {
    const y = Number(m[1]);
    if (!validYear(y)) return null;
    return make(label, "year", y, 1, y, 12);
  }
  m = MONTH.exec(label);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (!validYear(y) || !validMonth(mo)) return null;
    return make(label, "month", y, mo, y, mo);
  }
  m = MONTH_SPAN.exec(label);
  if (m) {
    const y = Number(m[1]);
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (!validYear(y) || !validMonth(from) || !validMonth(to) || to <= from) return null;
    return make(label, "month-span", y, from, y, to);
  }
  m = YEAR_SPAN.exec(label);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!validYear(from) || !validYear(to) || to <= from) return null;
    return make(label, "year-span", from, 1, to, 12);
  }
  return null;
}

/** Calendar days a period covers (for converting totals to daily rates). */
export const daysInPeriod = (period: Period): number => period.days;

/** Whether period `outer` covers every month of `inner`. */
export const covers = (outer: Period, inner: Period): boolean =>
  outer.firstMonth <= inner.firstMonth && outer.lastMonth >= inner.lastMonth;
