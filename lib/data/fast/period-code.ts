// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse
// (BENCHMARKS.md, "pipeline").
//
// Period labels as small integers, read straight from the characters: a million rows repeat a few
// thousand labels, and this settles each one without a regex, a string hash or a cache that grows,
// gives every row of a label the same frozen Period, and gives the duplicate-key check a number.
// Plain definition: parsePeriod (../period.ts) on every cell, and the key cells joined into a
// string. tests/data/fast/period-code.test.ts holds periodOf equal to parsePeriod on every label it
// accepts, and on generated near misses.
//
// Measured gain (2026-11-30, branch fastpath, load 6–7; BENCHMARKS.md, "Session 5"): the 1,000,000
// period cells of the benchmark file, kept, through periodOf 0.72 s, through parsePeriod 2.4 s
// (`bench/pipeline-pieces.mjs`, wall, both with two full collections of the same heap). The whole
// Node pipeline at 1M rows with parsePeriod and string keys instead: 13.5 s against 7.3 s, 15.7
// against 8.0 (two interleaved runs at load 5, medians of 3 and 5 rounds).
import type { Period } from "../types";
import { EARLIEST_YEAR, LATEST_YEAR, parsePeriod } from "../period";

// Copied once: a bundler compiles each read of an imported binding into a getter call.
const FIRST_YEAR = EARLIEST_YEAR;
const LAST_YEAR = LATEST_YEAR;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const MONTHS_FROM = YEARS;
const MONTH_SPANS_FROM = MONTHS_FROM + YEARS * 12;
const YEAR_SPANS_FROM = MONTH_SPANS_FROM + YEARS * 144;
/** Codes run from 0 to below this. */
export const PERIOD_CODES = YEAR_SPANS_FROM + YEARS * YEARS;

const digit = (label: string, at: number) => label.charCodeAt(at) - 48;
const isDigit = (label: string, at: number) => {
  const c = label.charCodeAt(at);
  return c >= 48 && c <= 57;
};

/** The year in label[at..at+4], as an offset from EARLIEST_YEAR; -1 when not a year in range. */
function yearAt(label: string, at: number): number {
  if (!isDigit(label, at) || !isDigit(label, at + 1)) return -1;
  if (!isDigit(label, at + 2) || !isDigit(label, at + 3)) return -1;
  const y =
    digit(label, at) * 1000 +
    digit(label, at + 1) * 100 +
    digit(label, at + 2) * 10 +
    digit(label, at + 3);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y - FIRST_YEAR : -1;
}

/** The month in label[at..at+2], 0 for January; -1 when not 01–12. */
function monthAt(label: string, at: number): number {
  if (!isDigit(label, at) || !isDigit(label, at + 1)) return -1;
  const m = digit(label, at) * 10 + digit(label, at + 1);
  return m >= 1 && m <= 12 ? m - 1 : -1;
}

/** The code of a period label, or -1 when parsePeriod would return null. */
export function periodCode(label: string): number {
  const year = yearAt(label, 0);
  if (year < 0) return -1;
  switch (label.length) {
    case 4:
      return year;
    case 7: {
      const month = label.charCodeAt(4) === 45 ? monthAt(label, 5) : -1;
      return month < 0 ? -1 : MONTHS_FROM + year * 12 + month;
    }
    case 10: {
      if (label.charCodeAt(4) !== 45 || label.charCodeAt(7) !== 47) return -1;
      const from = monthAt(label, 5);
      const to = monthAt(label, 8);
      return from < 0 || to <= from ? -1 : MONTH_SPANS_FROM + year * 144 + from * 12 + to;
    }
    case 9: {
      const to = label.charCodeAt(4) === 47 ? yearAt(label, 5) : -1;
      return to <= year ? -1 : YEAR_SPANS_FROM + year * YEARS + to;
    }
    default:
      return -1;
  }
}

// One frozen Period per label, shared by every row that has it; at most PERIOD_CODES of them.
// Filled with nulls up front: an array written at scattered indexes would fall back to a slow
// dictionary representation.
const periods: (Period | null)[] = Array.from({ length: PERIOD_CODES }, () => null);

/** The shared, frozen Period of a label whose periodCode is `code` (not -1). */
export const periodAt = (code: number, label: string): Period =>
  (periods[code] ??= Object.freeze(parsePeriod(label)!));

/** The shared, frozen Period of a label, or null when it is not one. */
export function periodOf(label: string): Period | null {
  const code = periodCode(label);
  return code < 0 ? null : periodAt(code, label);
}
