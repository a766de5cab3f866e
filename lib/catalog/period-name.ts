// Periods as a reader says them: 2023-01/09 → "January–September 2023".
import type { Period } from "../data/types";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const monthName = (yyyyMm: string) => MONTH_NAMES[Number(yyyyMm.slice(5, 7)) - 1] ?? yyyyMm;

export function periodName(period: Period): string {
  const year = period.start.slice(0, 4);
  switch (period.kind) {
    case "year":
      return year;
    case "month":
      return `${monthName(period.start)} ${year}`;
    case "month-span":
      return `${monthName(period.start)}–${monthName(period.end)} ${year}`;
    case "year-span":
      return `${year}–${period.end.slice(0, 4)}`;
  }
}
