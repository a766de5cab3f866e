// Oil values as a panel shows them: a period's daily rate or yearly tonnage, stated or converted.
import type { Observation } from "../data/types";
import { seriesLabel } from "../data/datasets";
import { derivedRow, find, mbdFromMt, rowFromObservation, type PanelRow, originOf } from "./rows";
import { mtFromMbd, mtPerYearFromMt, RATE_DAYS_PER_YEAR } from "../conversions";
import type { OilUnit } from "../view/state";

export const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A period's daily rate: the reported mb/d when a source states it, else tonnes converted. */
function dailyRate(
  rows: readonly Observation[],
  dataset: string,
  series: string,
  period: string,
  bblPerTonne: number | null,
): PanelRow | null {
  const label = seriesLabel(dataset, series);
  const mbd = find(rows, series, period, "mb/d");
  if (mbd) return rowFromObservation(mbd, label);
  const mt = find(rows, series, period, "Mt");
  if (!mt || bblPerTonne === null) return null;
  return derivedRow(
    { period, series, seriesLabel: label, sourceId: mt.sourceId, origin: originOf(mt) },
    mbdFromMt(mt.value, bblPerTonne, mt.period),
    "mb/d",
    `${mt.valueText} Mt × ${bblPerTonne} bbl/t ÷ ${mt.period.kind === "year" ? RATE_DAYS_PER_YEAR : `${mt.period.days} days`}`,
  );
}

/**
 * A period's tonnage per year: the reported Mt for a whole year; for a shorter period the
 * reported tonnes annualised (Mt × 365 ÷ days); else the daily rate converted (mb/d × 365 ÷ bbl/t).
 */
function tonnesPerYear(
  rows: readonly Observation[],
  dataset: string,
  series: string,
  period: string,
  bblPerTonne: number | null,
): PanelRow | null {
  const label = seriesLabel(dataset, series);
  const mt = find(rows, series, period, "Mt");
  if (mt && mt.period.kind === "year") return rowFromObservation(mt, label);
  const from = {
    period,
    series,
    seriesLabel: label,
    sourceId: mt?.sourceId ?? "",
    origin: originOf(mt),
  };
  if (mt)
    return derivedRow(
      from,
      mtPerYearFromMt(mt.value, mt.period.days) ?? 0,
      "Mt",
      `${mt.valueText} Mt × ${RATE_DAYS_PER_YEAR} ÷ ${mt.period.days} days (annualised)`,
    );
  const mbd = find(rows, series, period, "mb/d");
  if (!mbd || bblPerTonne === null) return null;
  return derivedRow(
    { ...from, sourceId: mbd.sourceId, origin: originOf(mbd) },
    mtFromMbd(mbd.value, bblPerTonne, RATE_DAYS_PER_YEAR) ?? 0,
    "Mt",
    `${mbd.valueText} mb/d × ${RATE_DAYS_PER_YEAR} ÷ ${bblPerTonne} bbl/t`,
  );
}

export const OIL_AXIS: Record<OilUnit, string> = {
  "mb/d": "Million barrels per day (mb/d)",
  Mt: "Million tonnes per year (Mt)",
};

export function oilValue(unit: OilUnit) {
  return unit === "mb/d" ? dailyRate : tonnesPerYear;
}

export function monthSpanLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})(?:\/(\d{2}))?$/.exec(period);
  if (!m) return period;
  const from = MONTHS[Number(m[2]) - 1]!;
  return m[3] ? `${from}–${MONTHS[Number(m[3]) - 1]!}` : from;
}
