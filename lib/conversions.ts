// Every unit conversion the project makes, once, with the unit in each name. Factors are
// arguments, never constants here: each comes from factors.csv (with its source and range) or
// from the reader's scenario, so a conversion cannot silently use a number nobody sourced.
import type { Period } from "./data/types";

/**
 * Days a daily rate is averaged over. A whole year counts 365 days, leap or not: it is the
 * convention the sources' own conversions use (Reuters: 107.02 Mt × 7.3 ÷ 365 = 2.14 mb/d for
 * 2023; 108.5 Mt → 2.17 mb/d for 2024, a leap year). Months and spans count calendar days.
 */
export const RATE_DAYS_PER_YEAR = 365;

/** Days to average a period's total over: 365 for a whole year, calendar days otherwise. */
export const rateDays = (period: Period): number =>
  period.kind === "year" ? RATE_DAYS_PER_YEAR : period.days;

/** A ratio that is `null` instead of Infinity or NaN when undefined. */
export function safeRatio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator))
    return null;
  const r = numerator / denominator;
  return Number.isFinite(r) ? r : null;
}

/** mb/d from a tonnage over `days`: Mt × bbl/t ÷ days. `null` when days is 0. */
export const mbdFromMt = (mt: number, bblPerTonne: number, days: number): number | null =>
  safeRatio(mt * bblPerTonne, days);

/** Mt from a daily rate over `days`: mb/d × days ÷ bbl/t. `null` when the factor is 0. */
export const mtFromMbd = (mbd: number, bblPerTonne: number, days: number): number | null =>
  safeRatio(mbd * days, bblPerTonne);

/** Million barrels over `days` at a daily rate: mb/d × days. */
export const millionBarrelsFromMbd = (mbd: number, days: number): number => mbd * days;

/** A tonnage over a period scaled to a whole year: Mt × 365 ÷ days (an annualised rate). */
export const mtPerYearFromMt = (mt: number, days: number): number | null =>
  safeRatio(mt * RATE_DAYS_PER_YEAR, days);

/** bcm of natural gas from Mt of LNG: Mt × bcm/Mt. */
export const bcmFromLngMt = (lngMt: number, bcmPerMt: number): number => lngMt * bcmPerMt;

/** Mtoe from bcm of natural gas: bcm × Mtoe/bcm. */
export const mtoeFromBcm = (bcm: number, mtoePerBcm: number): number => bcm * mtoePerBcm;

/**
 * Mtoe from Mt of crude: Mt × bbl/t × toe/bbl. A physical barrel of crude, not BP's gas-derived
 * "barrel of oil equivalent" (6.84 boe/toe), which overstates crude by about 7.5% (audit M5).
 */
export const mtoeFromCrudeMt = (mt: number, bblPerTonne: number, toePerBbl: number): number =>
  mt * bblPerTonne * toePerBbl;

/** USD per barrel from USD bn spread over a rate of mb/d for `days`: bn × 1000 ÷ (mb/d × days). */
export const usdPerBblFromUsdBn = (usdBn: number, mbd: number, days: number): number | null =>
  safeRatio(usdBn * 1000, mbd * days);

/** USD bn from a per-barrel amount on mb/d over `days`: USD/bbl × mb/d × days ÷ 1000. */
export const usdBnFromUsdPerBbl = (usdPerBbl: number, mbd: number, days: number): number =>
  (usdPerBbl * mbd * days) / 1000;

/** Percent change from `before` to `now`; `null` when `before` is 0. */
export function changePct(now: number, before: number): number | null {
  const r = safeRatio(now, before);
  return r === null ? null : (r - 1) * 100;
}

/** `part` as a percentage of `whole`; `null` when `whole` is 0. */
export function sharePct(part: number, whole: number): number | null {
  const r = safeRatio(part, whole);
  return r === null ? null : r * 100;
}
