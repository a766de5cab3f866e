// What applying an upload would change, as the panel shows it: counts per dataset and the first
// rows that differ. Computed in the worker, so it is small enough to post.
import type { DataBundle } from "../data/bundle";
import type { Observation } from "../data/types";
import { diffDatasets, diffRows, sameFields, type RowDiff } from "./diff";
import { eventKey, factorKey, sourceKey } from "./keys";
import { PREVIEW_ROWS } from "./preview";
import type { UploadTarget } from "./targets";

/** One line of the "what changes" table: a row as the reader sees it, before and after. */
export interface DiffLine {
  kind: "changed" | "removed" | "added";
  period: string;
  series: string;
  unit: string;
  before: string | null;
  after: string | null;
  /** For a changed row: which columns differ (value, basis, source_id, note). */
  columns: string[];
}

/** A diff small enough to post and render: counts, and the first `limit` lines. */
export interface DiffSummary {
  dataset: UploadTarget;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Changed rows, then removed, then added; only for the tidy datasets. */
  lines: DiffLine[];
}

const COMPARED: [keyof Observation, string][] = [
  ["valueText", "value"],
  ["basis", "basis"],
  ["sourceId", "source_id"],
  ["note", "note"],
];

function line(kind: DiffLine["kind"], before?: Observation, after?: Observation): DiffLine {
  const row = (after ?? before)!;
  return {
    kind,
    period: row.period.label,
    series: row.series,
    unit: row.unit,
    before: before?.valueText ?? null,
    after: after?.valueText ?? null,
    columns:
      before && after ? COMPARED.filter(([k]) => before[k] !== after[k]).map(([, c]) => c) : [],
  };
}

function counts<T>(dataset: UploadTarget, diff: RowDiff<T>, lines: DiffLine[]): DiffSummary {
  const { added, removed, changed, unchanged } = diff;
  return {
    dataset,
    added: added.length,
    removed: removed.length,
    changed: changed.length,
    unchanged,
    lines,
  };
}

/** What `merged` changes in each of `targets` against `published`. */
export function compareUpload(
  published: DataBundle,
  merged: DataBundle,
  targets: readonly UploadTarget[],
  limit = PREVIEW_ROWS,
): DiffSummary[] {
  return [...new Set(targets)].map((t) => {
    if (t === "sources")
      return counts(t, diffRows(published.sources, merged.sources, sourceKey, sameFields), []);
    if (t === "factors")
      return counts(t, diffRows(published.factors, merged.factors, factorKey, sameFields), []);
    if (t === "events")
      return counts(t, diffRows(published.events, merged.events, eventKey, sameFields), []);
    const diff = diffDatasets(published.datasets[t], merged.datasets[t]);
    const lines: DiffLine[] = [];
    for (const c of diff.changed)
      if (lines.length < limit) lines.push(line("changed", c.before, c.after));
    for (const o of diff.removed) if (lines.length < limit) lines.push(line("removed", o));
    for (const o of diff.added) if (lines.length < limit) lines.push(line("added", undefined, o));
    return counts(t, diff, lines);
  });
}
