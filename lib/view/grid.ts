// A panel's rows as a grid: one line per period, one column per series and unit, the way a
// reader lays figures out in a spreadsheet. The long table stays beside it (it carries basis,
// source and note per number); the grid only marks values that are not reported.
import type { Basis } from "../data/types";
import type { PanelRow } from "../panels/rows";

interface GridColumn {
  /** `${series}|${unit}` */
  key: string;
  label: string;
  unit: string;
}

interface GridCell {
  value: number;
  text: string;
  basis: Basis;
}

export interface Grid {
  columns: GridColumn[];
  /** One per period, in the order the rows first name them. Missing cells are `null`: a gap. */
  lines: { period: string; cells: (GridCell | null)[] }[];
}

/**
 * rows → grid. Columns in the order series and units first appear; a (period, series, unit) given
 * twice keeps the first row (panel rows are unique by that key, as the datasets are).
 * `format` turns a row into the cell text (the page shows derived values rounded).
 */
export function toGrid(rows: readonly PanelRow[], format: (r: PanelRow) => string): Grid {
  const columns: GridColumn[] = [];
  const columnAt = new Map<string, number>();
  const lineAt = new Map<string, number>();
  const lines: Grid["lines"] = [];
  for (const r of rows) {
    const key = `${r.series}|${r.unit}`;
    if (!columnAt.has(key)) {
      columnAt.set(key, columns.length);
      columns.push({ key, label: r.seriesLabel, unit: r.unit });
    }
    if (!lineAt.has(r.period)) {
      lineAt.set(r.period, lines.length);
      lines.push({ period: r.period, cells: [] });
    }
  }
  for (const line of lines) line.cells = columns.map(() => null);
  for (const r of rows) {
    const cells = lines[lineAt.get(r.period)!]!.cells;
    const i = columnAt.get(`${r.series}|${r.unit}`)!;
    cells[i] ??= { value: r.value, text: format(r), basis: r.basis };
  }
  return { columns, lines };
}
