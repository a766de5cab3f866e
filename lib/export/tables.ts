// The CSV files the project publishes, as header + rows; csv/write.ts turns them into text.
import type { Check } from "../checks/types";
import { TIDY_COLUMNS } from "../data/datasets";
import { SOURCE_COLUMNS } from "../data/schemas";
import type { Observation, Source } from "../data/types";
import type { Metric } from "../metrics/types";
import { formatCsv } from "../csv/write";

/** A dataset in its own tidy shape: what the validator reads back unchanged. */
export function observationsCsv(rows: readonly Observation[]): string {
  return formatCsv(
    TIDY_COLUMNS,
    rows.map((o) => [o.period.label, o.series, o.valueText, o.unit, o.basis, o.sourceId, o.note]),
  );
}

/** A panel's rows with their provenance spelled out: publisher, address and the sentence. */
export function observationsWithQuotesCsv(
  rows: readonly Observation[],
  sources: readonly Source[],
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return formatCsv(
    ["dataset", ...TIDY_COLUMNS, "source_publisher", "source_url", "source_quote"],
    rows.map((o) => {
      const s = byId.get(o.sourceId);
      return [
        o.dataset,
        o.period.label,
        o.series,
        o.valueText,
        o.unit,
        o.basis,
        o.sourceId,
        o.note,
        s?.publisher ?? "",
        s?.url ?? "",
        s?.quote ?? "",
      ];
    }),
  );
}

export const METRIC_CSV_COLUMNS = [
  "id",
  "label",
  "unit",
  "value",
  "low",
  "high",
  "range_from",
  "flags",
  "basis",
  "formula",
  "inputs",
  "source_ids",
  "note",
] as const;

export function metricsCsv(metrics: readonly Metric[]): string {
  return formatCsv(
    METRIC_CSV_COLUMNS,
    metrics.map((m) => [
      m.id,
      m.label,
      m.unit,
      m.value,
      m.low,
      m.high,
      m.rangeFrom,
      m.flags.join("; "),
      "derived",
      m.formula,
      m.inputs.map((i) => `${i.label} = ${i.valueText} ${i.unit} (${i.ref})`).join("; "),
      [...new Set(m.inputs.map((i) => i.sourceId).filter(Boolean))].join(" "),
      m.note,
    ]),
  );
}

export function checksCsv(checks: readonly Check[]): string {
  return formatCsv(
    ["id", "label", "status", "reason", "rule", "claim"],
    checks.map((c) => [c.id, c.label, c.status, c.reason, c.rule, c.claim]),
  );
}

export function sourcesCsv(sources: readonly Source[]): string {
  return formatCsv(
    SOURCE_COLUMNS,
    sources.map((s) => SOURCE_COLUMNS.map((c) => s[c])),
  );
}
