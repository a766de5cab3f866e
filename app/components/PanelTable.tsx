"use client";
import { useState } from "react";
import type { Source } from "@/lib/data/types";
import { formatNumber } from "@/lib/format";
import type { PanelRow } from "@/lib/panels/rows";
import { toGrid } from "@/lib/view/grid";
import { CellText } from "./CellText";
import { nextSort, sortBy, type SortKey, type SortState } from "@/lib/view/sort";

const cellText = (r: PanelRow) => (r.basis === "derived" ? formatNumber(r.value, 3) : r.valueText);

/** A header cell whose button sorts the table by its column; aria-sort says how it is sorted. */
function SortHeader({
  label,
  column,
  sort,
  onSort,
  numeric,
}: {
  label: React.ReactNode;
  column: number;
  sort: SortState | null;
  onSort(column: number): void;
  numeric?: boolean;
}) {
  const active = sort?.column === column;
  return (
    <th
      scope="col"
      className={numeric ? "num" : undefined}
      aria-sort={active ? sort.direction : "none"}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">
          {active ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  );
}

function SourceCell({ id, sources }: { id: string; sources: ReadonlyMap<string, Source> | null }) {
  const s = sources?.get(id);
  if (!s) return <code>{id}</code>;
  // A reader's sources.csv may name its publisher with any character: named, not obeyed.
  const name = <CellText text={s.via ? `${s.publisher} (via ${s.via})` : s.publisher} />;
  return /^https?:\/\//.test(s.url) ? (
    <a href={s.url} title={s.title} rel="noopener">
      {name}
    </a>
  ) : (
    <span title={s.title}>{name}</span>
  );
}

/**
 * The accessible alternative to a chart, twice: a grid (periods × series, as in a spreadsheet)
 * and the long table (every number with its basis, source and note). Both sort by any column.
 */
export function PanelTable({
  rows,
  caption,
  sources,
}: {
  rows: PanelRow[];
  caption: string;
  /** Sources by id, for publisher links; null while they load (ids are shown meanwhile). */
  sources: ReadonlyMap<string, Source> | null;
}) {
  const grid = toGrid(rows, cellText);
  const [gridSort, setGridSort] = useState<SortState | null>(null);
  const [longSort, setLongSort] = useState<SortState | null>(null);
  // One table at a time: the long table (the default, and the rows a download holds) or the grid.
  const [layout, setLayout] = useState<"long" | "grid">("long");
  const gridLines = sortBy(
    grid.lines,
    (l, c): SortKey => (c === 0 ? l.period : (l.cells[c - 1]?.value ?? null)),
    gridSort,
  );
  const longKeys = (r: PanelRow, c: number): SortKey =>
    [r.period, r.seriesLabel, r.value, r.unit, r.basis, r.sourceId, r.note][c] ?? null;
  const longRows = sortBy(rows, longKeys, longSort);
  const longHeaders = ["Period", "Series", "Value", "Unit", "Basis", "Source", "Note"];
  const choice = (
    <div role="group" aria-label="Table layout" className="toolbar">
      <button type="button" aria-pressed={layout === "long"} onClick={() => setLayout("long")}>
        Every number
      </button>
      <button type="button" aria-pressed={layout === "grid"} onClick={() => setLayout("grid")}>
        Years × series
      </button>
    </div>
  );
  if (layout === "grid")
    return (
      <>
        {choice}
        <div className="table-wrap">
          <table className="grid-table">
            <caption>{caption}: by period</caption>
            <thead>
              <tr>
                <SortHeader
                  label="Period"
                  column={0}
                  sort={gridSort}
                  onSort={(c) => setGridSort(nextSort(gridSort, c))}
                />
                {grid.columns.map((col, i) => (
                  <SortHeader
                    key={col.key}
                    numeric
                    label={
                      <>
                        {col.label} <span className="muted">({col.unit})</span>
                      </>
                    }
                    column={i + 1}
                    sort={gridSort}
                    onSort={(c) => setGridSort(nextSort(gridSort, c))}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {gridLines.map((line) => (
                <tr key={line.period}>
                  <th scope="row">{line.period}</th>
                  {line.cells.map((cell, i) => (
                    <td key={grid.columns[i]!.key} className="num">
                      {cell ? (
                        <>
                          {cell.text}
                          {cell.basis !== "reported" && (
                            <span className="basis-mark" title={cell.basis}>
                              {" "}
                              {cell.basis === "derived"
                                ? "d"
                                : cell.basis === "estimate"
                                  ? "e"
                                  : "c"}
                            </span>
                          )}
                        </>
                      ) : (
                        <span className="muted" title="no data">
                          –
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="source-line">
          d: derived here, e: a source&apos;s estimate, c: capacity; unmarked values are reported. –
          : no data. &ldquo;Every number&rdquo; gives each number&apos;s source and note.
        </p>
      </>
    );
  return (
    <>
      {choice}
      <div className="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {longHeaders.map((h, c) => (
                <SortHeader
                  key={h}
                  label={h}
                  column={c}
                  numeric={h === "Value"}
                  sort={longSort}
                  onSort={(col) => setLongSort(nextSort(longSort, col))}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {longRows.map((r) => (
              <tr
                key={`${r.series}|${r.period}|${r.unit}`}
                data-series={r.series}
                data-period={r.period}
                data-unit={r.unit}
              >
                <td>{r.period}</td>
                <td>{r.seriesLabel}</td>
                <td className="num" data-value={r.value}>
                  {cellText(r)}
                </td>
                <td>{r.unit}</td>
                <td>{r.basis}</td>
                <td>
                  {r.origin === "reader" ? (
                    <span className="whose">your file</span>
                  ) : (
                    <SourceCell id={r.sourceId} sources={sources} />
                  )}
                </td>
                <td>
                  <CellText text={r.note} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
