import { periodName } from "@/lib/catalog/period-name";
import type { DatasetSummary } from "@/lib/catalog/summary";
import { UNIT_NAMES } from "@/lib/catalog/vocabulary";
import type { DatasetSpec, TIDY_COLUMNS } from "@/lib/data/datasets";
import { count } from "./count";
import styles from "@/app/catalog.module.css";

/** What a column holds in this particular file, from its rows and its declaration. */
export function InThisFile({
  column,
  spec,
  summary,
}: {
  column: (typeof TIDY_COLUMNS)[number];
  spec: DatasetSpec;
  summary: DatasetSummary;
}) {
  switch (column) {
    case "period":
      if (!summary.first || !summary.last) return <>No rows.</>;
      if (summary.first.label === summary.last.label) return <>{periodName(summary.first)}</>;
      return (
        <>
          {periodName(summary.first)} to {periodName(summary.last)}
        </>
      );
    case "series":
      return (
        <ul className={styles.plain}>
          {Object.entries(spec.series).map(([id, label]) => (
            <li key={id}>
              <code>{id}</code>: {label}
            </li>
          ))}
        </ul>
      );
    case "unit":
      return (
        <ul className={styles.plain}>
          {spec.units.map((u) => (
            <li key={u}>
              <code>{u}</code>: {UNIT_NAMES[u]}
            </li>
          ))}
        </ul>
      );
    case "basis":
      return <>{summary.bases.join(", ") || "–"}</>;
    case "source_id":
      return <>{count(summary.sources, "source", "different sources")}</>;
    case "note":
      return <>{count(summary.notes, "row has a note", "rows have a note")}</>;
    case "value":
      return <>{count(summary.rows, "value", "values")}</>;
  }
}
