// "Download CSV" of a panel: exactly the rows it shows, with their provenance spelled out.
import { formatCsv } from "../csv/write";
import { coverageOf, vintageFileName } from "../data/coverage";
import { parsePeriod } from "../data/period";
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

/**
 * The displayed data's file name with its vintage: `oil-annual_through-2025-10_checked-2026-11-30.csv`,
 * where `through` is the last month any displayed row covers and `checked` the latest date the
 * panel's datasets were checked (`YYYY-MM-DD` strings compare as dates). Rows whose period does
 * not parse, and an empty `lastChecked` list, leave their part out.
 */
export function panelCsvFileName(
  fileBase: string,
  rows: readonly PanelRow[],
  lastChecked: readonly string[],
): string {
  const periods = rows.map((r) => parsePeriod(r.period)).filter((p) => p !== null);
  const through = coverageOf(periods.map((period) => ({ period })))?.end ?? null;
  const checked = [...lastChecked].sort().at(-1);
  if (!checked) return `${fileBase}${through ? `_through-${through}` : ""}.csv`;
  return vintageFileName(fileBase, through, checked);
}
