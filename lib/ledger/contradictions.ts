// Statements their own page's arithmetic contradicts: one page states a tonnage and a daily rate
// for the same period, and the one does not give the other at the convention. A page may be cited
// by several sources.csv rows (one per sentence quoted), so rows are matched by the page's url.
import { daysInPeriod } from "../data/period";
import type { LedgerEntry, Source } from "../data/types";
import { BBL_PER_TONNE, YEAR_DAYS } from "./convention";
import { statedInterval } from "./rounding";

export interface SelfContradiction {
  /** The page: its url, or the source id when the source has no url (or is not given). */
  page: string;
  period: string;
  /** The tonnage row (quantity ending `_mt`) and the rate row (same stem, ending `_mbd`). */
  tonnes: LedgerEntry;
  rate: LedgerEntry;
  /** The rates the stated tonnage allows, mb/d: its rounding, over each allowed day count. */
  impliedLow: number;
  impliedHigh: number;
}

/** Days a period is counted as: 365 or 366 for a calendar year, the calendar days otherwise. */
function dayCounts(entry: LedgerEntry): readonly number[] {
  return entry.period.kind === "year" ? YEAR_DAYS : [daysInPeriod(entry.period)];
}

/**
 * Pairs of one page's `<stem>_mt` and `<stem>_mbd` rows for one period whose intervals do not
 * meet: tonnes (± half a unit of its last decimal) × 7.3 bbl/t ÷ days, against the rate (± half a
 * unit). E.g. 57.71 Mt over January–July 2025 (212 days) is 1.987 mb/d, so a page's 2.85 is
 * flagged and a 1.99 is not. Rates in mb/d, tonnages in Mt; other units are not compared.
 * Without `sources`, each source id counts as a page of its own.
 */
export function selfContradictions(
  ledger: readonly LedgerEntry[],
  sources: readonly Source[] = [],
): SelfContradiction[] {
  const urls = new Map(sources.filter((s) => s.url !== "").map((s) => [s.id, s.url]));
  const pageOf = (e: LedgerEntry) => urls.get(e.sourceId) ?? e.sourceId;
  const found: SelfContradiction[] = [];
  for (const tonnes of ledger) {
    if (!tonnes.quantity.endsWith("_mt") || tonnes.unit !== "Mt") continue;
    const stem = tonnes.quantity.slice(0, -"_mt".length);
    const rate = ledger.find(
      (e) =>
        e.quantity === `${stem}_mbd` &&
        e.unit === "mb/d" &&
        pageOf(e) === pageOf(tonnes) &&
        e.period.label === tonnes.period.label,
    );
    if (!rate) continue;
    const t = statedInterval(tonnes.value, tonnes.valueText);
    const r = statedInterval(rate.value, rate.valueText);
    const days = dayCounts(tonnes);
    const impliedLow = Math.min(...days.map((d) => (t.low * BBL_PER_TONNE) / d));
    const impliedHigh = Math.max(...days.map((d) => (t.high * BBL_PER_TONNE) / d));
    if (impliedHigh < r.low || impliedLow > r.high) {
      found.push({
        page: pageOf(tonnes),
        period: tonnes.period.label,
        tonnes,
        rate,
        impliedLow,
        impliedHigh,
      });
    }
  }
  return found;
}
