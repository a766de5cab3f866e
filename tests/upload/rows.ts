// Tiny hand-made rows for the upload tests: one line each, every field visible.
import type { DataBundle } from "@/lib/data/bundle";
import { DATASETS } from "@/lib/data/datasets";
import { parsePeriod } from "@/lib/data/period";
import type { Observation, Source, Unit } from "@/lib/data/types";

/** crude_annual row: obs("2023", "russia", "107.02", "Mt"). */
export function obs(
  period: string,
  series: string,
  valueText: string,
  unit: Unit,
  extra: Partial<Observation> = {},
): Observation {
  return {
    dataset: "crude_annual",
    row: 2,
    period: parsePeriod(period)!,
    series,
    value: Number(valueText),
    valueText,
    unit,
    basis: "reported",
    sourceId: "s",
    note: "",
    ...extra,
  };
}

export const source = (id: string, publisher = "P"): Source => ({
  id,
  publisher,
  via: "",
  title: "",
  date: "",
  url: "",
  quote: "Q",
});

/** A bundle with every dataset empty but those given. */
export function bundleWith(parts: Partial<DataBundle> & { crude?: Observation[] }): DataBundle {
  const datasets = Object.fromEntries(
    DATASETS.map((d) => [d.name, []]),
  ) as unknown as DataBundle["datasets"];
  if (parts.crude) datasets.crude_annual = parts.crude;
  return {
    sources: parts.sources ?? [],
    factors: parts.factors ?? [],
    events: parts.events ?? [],
    capacities: parts.capacities ?? [],
    ledger: parts.ledger ?? [],
    datasets,
    reports: parts.reports ?? [],
  };
}

/** Rows as [period, series, unit, value, origin] for a glance-able comparison. */
export const brief = (rows: readonly Observation[]) =>
  rows.map((o) => [o.period.label, o.series, o.unit, o.valueText, o.origin ?? "published"]);
