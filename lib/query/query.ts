// The period-aware query layer: the only way metrics, checks and panels read the data. A value
// is asked for a period; an exact row answers, a span that covers it answers only when asked
// for (`covering`), and a row of another period answers only as a flagged fallback (`atOr`).
import type { DataBundle } from "../data/bundle";
import { seriesLabel, type DatasetName } from "../data/datasets";
import { covers, parsePeriod } from "../data/period";
import type { Observation, Period } from "../data/types";
import type { FactorId, SeriesId } from "./ids";
import { rowAt, seriesRows } from "./series-index";
import type { FactorValue, Found, Input } from "./types";

/** Scenario overrides for factors, by factor id. */
export type FactorOverrides = Partial<Record<FactorId, number>>;

export interface Query {
  readonly bundle: DataBundle;
  /** Rows of a series (in one unit when given), in period order: earliest first month first. */
  rows<D extends DatasetName>(
    dataset: D,
    series: SeriesId<D>,
    unit?: string,
  ): readonly Observation[];
  /** The row of exactly `period`, or `null`. */
  at<D extends DatasetName>(
    dataset: D,
    series: SeriesId<D>,
    period: string,
    unit: string,
  ): Found | null;
  /** The row of `period`; failing that the row of `instead`, flagged with `why`. */
  atOr<D extends DatasetName>(
    dataset: D,
    series: SeriesId<D>,
    period: string,
    unit: string,
    instead: string,
    why: string,
  ): Found | null;
  /** The shortest row whose period covers `period` (a year covers its months), or `null`. */
  covering<D extends DatasetName>(
    dataset: D,
    series: SeriesId<D>,
    period: string,
    unit: string,
  ): Found | null;
  /** A factor from factors.csv, with the scenario's override if any; `null` when absent. */
  factor(id: FactorId): FactorValue | null;
}

/** A row as an input: labelled, referenced, and marked as the reader's when it is. */
export function inputOf(o: Observation): Input {
  const reader = o.origin === "reader";
  return {
    label: `${seriesLabel(o.dataset, o.series)}, ${o.period.label}`,
    value: o.value,
    valueText: o.valueText,
    unit: o.unit,
    ref: reader ? `your ${o.dataset}.csv, row ${o.row}` : `${o.dataset}.csv row ${o.row}`,
    sourceId: reader ? "" : o.sourceId,
    period: o.period.label,
    origin: reader ? "reader" : "published",
  };
}

const found = (o: Observation | undefined, fallback: string | null = null): Found | null =>
  o ? { input: inputOf(o), observation: o, fallback } : null;

export function createQuery(bundle: DataBundle, overrides: FactorOverrides = {}): Query {
  // Lookups in an index built once per dataset array (series-index.ts: the fast path).
  const rows = (dataset: DatasetName, series: string, unit?: string) =>
    seriesRows(bundle.datasets[dataset], series, unit);
  const at = (dataset: DatasetName, series: string, period: string, unit: string) =>
    found(rowAt(bundle.datasets[dataset], series, period, unit));
  return {
    bundle,
    rows,
    at,
    atOr(dataset, series, period, unit, instead, why) {
      return (
        at(dataset, series, period, unit) ??
        found(rowAt(bundle.datasets[dataset], series, instead, unit), why)
      );
    },
    covering(dataset, series, period, unit) {
      const p: Period | null = parsePeriod(period);
      if (!p) return null;
      const candidates = rows(dataset, series, unit).filter((o) => covers(o.period, p));
      const shortest = candidates.sort((a, b) => a.period.months - b.period.months)[0];
      return found(shortest);
    },
    factor(id) {
      const f = bundle.factors.find((x) => x.id === id);
      if (!f) return null;
      const override = overrides[id];
      const value = override ?? f.value;
      return {
        value,
        // A scenario value outside the sourced range widens it: the range must hold the value.
        low: Math.min(f.low, value),
        high: Math.max(f.high, value),
        input: {
          label: override === undefined ? `Factor ${id}` : `Factor ${id} (your scenario)`,
          value,
          valueText: String(value),
          unit: f.unit,
          ref: `factor ${id} (range ${f.low}–${f.high})`,
          sourceId: override === undefined ? f.sourceId : "",
          period: "",
          origin: override === undefined ? "published" : "assumption",
        },
      };
    },
  };
}
