// "Download CSV" of a panel: exactly the rows it shows, with their provenance spelled out.
import { formatCsv } from "../csv/write";
import type { Source } from "../data/types";
import type { PanelRow } from "../panels/rows";

export const PANEL_CSV_COLUMNS = [
  "period",
  "series",
  "series_label",
  "value",
  "unit",
  "basis",
  "source_id",
  "note",
  "source_publisher",
  "source_url",
  "source_quote",
  "origin",
] as const;

export function panelRowsCsv(rows: readonly PanelRow[], sources: readonly Source[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return formatCsv(
    PANEL_CSV_COLUMNS,
    rows.map((r) => {
      const s = byId.get(r.sourceId);
      return [
        r.period,
        r.series,
        r.seriesLabel,
        r.valueText,
        r.unit,
        r.basis,
        r.sourceId,
        r.note,
        s?.publisher ?? "",
        s?.url ?? "",
        s?.quote ?? "",
        r.origin,
      ];
    }),
  );
}
