// The files served under /data/: one name → CSV text mapping, shared by the route handler, the
// catalog page and the tests. Every file is written by csv/write.ts (formula neutralisation).
import type { Check } from "../checks/types";
import { formatCsv } from "../csv/write";
import type { DataBundle } from "../data/bundle";
import { SUPPORT_FILES } from "../data/registry";
import { coverageOf, vintageFileName } from "../data/coverage";
import { datasetFile, DATASETS } from "../data/datasets";
import { CAPACITY_COLUMNS, EVENT_COLUMNS, FACTOR_COLUMNS, LEDGER_COLUMNS } from "../data/schemas";
import type { Capacity, Factor, LedgerEntry, TimelineEvent } from "../data/types";
import type { Metric } from "../metrics/types";
import { checksCsv, metricsCsv, observationsCsv, sourcesCsv } from "./tables";

/** What the files are made from: the part of `loadSite()` that is data, not presentation. */
export interface CsvSite {
  bundle: DataBundle;
  metrics: readonly Metric[];
  checks: readonly Check[];
}

const COMPUTED_FILES = ["metrics.csv", "checks.csv"] as const;

/** Factors in the columns of data/factors.csv, so a download validates as one. */
function factorsCsv(factors: readonly Factor[]): string {
  return formatCsv(
    FACTOR_COLUMNS,
    factors.map((f) => [f.id, f.value, f.low, f.high, f.unit, f.sourceId, f.note]),
  );
}

/** Events in the columns of data/events.csv. */
function eventsCsv(events: readonly TimelineEvent[]): string {
  return formatCsv(
    EVENT_COLUMNS,
    events.map((e) => [e.date, e.label, e.detail, e.sourceId, e.topics.join(";")]),
  );
}

/** Capacities in the columns of data/capacities.csv, values as written. */
function capacitiesCsv(capacities: readonly Capacity[]): string {
  return formatCsv(
    CAPACITY_COLUMNS,
    capacities.map((c) => [
      c.route,
      c.validFrom,
      c.valueText,
      c.unit,
      c.status,
      c.basis,
      c.sourceId,
      c.note,
    ]),
  );
}

/** The ledger in the columns of data/ledger.csv, values as written (their rounding matters). */
function ledgerCsv(ledger: readonly LedgerEntry[]): string {
  return formatCsv(
    LEDGER_COLUMNS,
    ledger.map((e) => [e.quantity, e.period.label, e.valueText, e.unit, e.sourceId, e.note]),
  );
}

/** Every file name served under /data/, datasets first, in registry order. */
export function csvFileNames(): string[] {
  return [...DATASETS.map((d) => datasetFile(d.name)), ...SUPPORT_FILES, ...COMPUTED_FILES];
}

/** The CSV text of a served file, or `null` when the name is not one of `csvFileNames()`. */
export function csvForFile(site: CsvSite, name: string): string | null {
  const dataset = DATASETS.find((d) => datasetFile(d.name) === name);
  if (dataset) return observationsCsv(site.bundle.datasets[dataset.name]);
  switch (name) {
    case "sources.csv":
      return sourcesCsv(site.bundle.sources);
    case "factors.csv":
      return factorsCsv(site.bundle.factors);
    case "events.csv":
      return eventsCsv(site.bundle.events);
    case "capacities.csv":
      return capacitiesCsv(site.bundle.capacities);
    case "ledger.csv":
      return ledgerCsv(site.bundle.ledger);
    case "metrics.csv":
      return metricsCsv(site.metrics);
    case "checks.csv":
      return checksCsv(site.checks);
    default:
      return null;
  }
}

/**
 * The name a served file is saved under (its Content-Disposition filename): a dataset's carries
 * its vintage, `crude_annual_through-2025-12_checked-2026-11-30.csv` (lib/data/coverage.ts
 * vintageFileName); other files keep their own name. The upload reads either as the same file.
 */
export function savedFileName(site: CsvSite, name: string): string {
  const dataset = DATASETS.find((d) => datasetFile(d.name) === name);
  if (!dataset) return name;
  const end = coverageOf(site.bundle.datasets[dataset.name])?.end ?? null;
  return vintageFileName(dataset.name, end, dataset.lastChecked);
}

/** The header of a served file, as its column names: what the catalog documents. */
export function csvColumns(site: CsvSite, name: string): string[] {
  const text = csvForFile(site, name);
  if (text === null) return [];
  return text.slice(0, text.indexOf("\n")).split(",");
}

/** Records (not lines: a quoted note may span lines) in a served file, or `null` if unknown. */
export function csvRecordCount(site: CsvSite, name: string): number | null {
  const dataset = DATASETS.find((d) => datasetFile(d.name) === name);
  if (dataset) return site.bundle.datasets[dataset.name].length;
  const counts: Record<string, number> = {
    "sources.csv": site.bundle.sources.length,
    "factors.csv": site.bundle.factors.length,
    "events.csv": site.bundle.events.length,
    "capacities.csv": site.bundle.capacities.length,
    "ledger.csv": site.bundle.ledger.length,
    "metrics.csv": site.metrics.length,
    "checks.csv": site.checks.length,
  };
  return counts[name] ?? null;
}
