"use client";
import { useRef, useState } from "react";
import type { Chart as ChartJS } from "chart.js";
import type { Source } from "@/lib/data/types";
import type { ShownPanel } from "@/lib/dashboard/compute";
import type { PanelRow } from "@/lib/panels/rows";
import { BasisLegend } from "./BasisLegend";
import { ChartKey } from "./ChartKey";
import { SeriesLegend } from "./SeriesLegend";
import { useLazyModule } from "./use-lazy-module";
import { loadChart, printableChart, usePrinting } from "./chart-module";
import { useNearViewport, useOnScreen } from "./use-near-viewport";
import type { DownloadCounts, PanelFilesInput } from "./panel-files";
import { LoadFailed } from "./LoadFailed";

// Fetched when first used, not with the page: a reader who reads the page to the bottom opens
// no table and saves no file, and the script budget (BENCHMARKS.md, "Budgets") counts a whole read.
const loadTable = () => import("./PanelTable");
const loadFiles = () => import("./panel-files");
const loadDownloads = () => import("./PanelDownloads");

// One empty list, so a panel with no hidden series hands its chart the same list every render.
const NONE: string[] = [];

export interface ChartPanelProps {
  panel: ShownPanel;
  /** Every source, for the CSV download (fetched then: the page does not carry them). */
  loadSources(): Promise<readonly Source[]>;
  /** A view's rows, when the page was sent without them (`rows: null`). */
  loadRows(viewId: string): Promise<PanelRow[]>;
  viewId: string | undefined;
  showTable: boolean;
  /** Whether the rows come (partly) from the reader's upload: downloads say so in their name. */
  readerData: boolean;
  onViewChange(viewId: string): void;
  onShowTable(table: boolean): void;
  /** "How is this computed?" */
  children: React.ReactNode;
}

export function ChartPanel({
  panel,
  loadSources,
  loadRows,
  viewId,
  showTable,
  readerData,
  onViewChange,
  onShowTable,
  children,
}: ChartPanelProps) {
  const chartRef = useRef<ChartJS | null>(null);
  // A chart is built when its panel nears the screen: building all five while the page loads
  // blocked the main thread for longest (BENCHMARKS.md), and Chart.js loads with the first one.
  const figure = useRef<HTMLElement>(null);
  const near = useNearViewport(figure, "400px");
  // Printing shows every panel: a chart not yet built is built before the page is laid out.
  const printing = usePrinting();
  const chart = useLazyModule(loadChart, near || printing);
  const table = useLazyModule(loadTable, showTable);
  const PanelChart = (chart.module ?? (printing ? printableChart() : null))?.default;
  // "How is this computed?" is two thirds of the page's elements: it is built when first opened
  // (the same explanations are on /methodology, as static HTML).
  const [howOpened, setHowOpened] = useState(false);
  // Series turned off in the legend, for the view they were turned off in.
  const [hiddenIn, setHiddenIn] = useState<{ viewId: string; series: string[] }>({
    viewId: "",
    series: [],
  });
  const view = panel.views.find((v) => v.id === viewId) ?? panel.views[0]!;
  const titleId = `${panel.id}-title`;
  const hidden = hiddenIn.viewId === view.id ? hiddenIn.series : NONE;
  // A chart off screen keeps what it drew until it comes back near the screen: a control far
  // above it then redraws only the charts the reader sees (a redraw is most of a change's cost).
  const onScreen = useOnScreen(figure);
  const [drawn, setDrawn] = useState(view.chart);
  if (onScreen && drawn !== view.chart) setDrawn(view.chart);
  const toggleSeries = (id: string) =>
    setHiddenIn({
      viewId: view.id,
      series: hidden.includes(id) ? hidden.filter((s) => s !== id) : [...hidden, id],
    });
  // Sources (for publisher links in the table) and the counts of the downloads: fetched when the
  // table or the downloads are first opened, with the published data.
  const [sourceMap, setSourceMap] = useState<ReadonlyMap<string, Source> | null>(null);
  const [downloads, setDownloads] = useState<DownloadCounts | null>(null);
  const [downloadsOpened, setDownloadsOpened] = useState(false);
  const downloadsBody = useLazyModule(loadDownloads, downloadsOpened);
  const wantSources = () => {
    if (sourceMap) return;
    loadSources().then(
      (list) => setSourceMap(new Map(list.map((s) => [s.id, s]))),
      () => {}, // the table keeps showing source ids
    );
  };
  const files: PanelFilesInput = { panel, view, hidden, readerData, loadRows, loadSources };
  const countDownloads = async () => {
    if (downloads?.viewId === view.id) return;
    setDownloads(await (await loadFiles()).countDownloads(files));
  };
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const downloadCsv = async () => {
    setDownloadError(null);
    try {
      await (await loadFiles()).savePanelCsv(files);
    } catch (err) {
      setDownloadError(`The CSV could not be prepared: ${(err as Error).message}. Try again.`);
    }
  };
  const downloadPng = async () => {
    setDownloadError(null);
    try {
      await (await loadFiles()).savePanelPng(files);
    } catch (err) {
      setDownloadError(`The PNG could not be prepared: ${(err as Error).message}. Try again.`);
    }
  };

  return (
    <section className="panel" id={panel.id} aria-labelledby={titleId} data-panel={panel.id}>
      <h2 id={titleId}>{panel.title}</h2>
      <p className="takeaway">{panel.takeaway}</p>
      <div className="toolbar">
        {panel.views.length > 1 && (
          <div role="group" aria-label="View">
            {panel.views.map((v) => (
              <button
                key={v.id}
                type="button"
                aria-pressed={v.id === view.id}
                onClick={() => onViewChange(v.id)}
              >
                {v.label}
              </button>
            ))}
          </div>
        )}
        <div role="group" aria-label="Show as">
          <button type="button" aria-pressed={!showTable} onClick={() => onShowTable(false)}>
            Chart
          </button>
          <button
            type="button"
            aria-pressed={showTable}
            onClick={() => {
              wantSources();
              onShowTable(true);
            }}
          >
            Table
          </button>
        </div>
        <button type="button" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" onClick={downloadPng} disabled={showTable}>
          Download PNG
        </button>
      </div>
      <details
        className="downloads"
        onToggle={(e) => {
          if (!e.currentTarget.open) return;
          setDownloadsOpened(true);
          countDownloads().catch((err: Error) => setDownloadError(err.message));
        }}
      >
        <summary>Download data: what is displayed, or the full dataset</summary>
        {downloadsBody.module ? (
          <downloadsBody.module.PanelDownloads
            viewLabel={view.label}
            counts={downloads?.viewId === view.id ? downloads : null}
            onCsv={downloadCsv}
          />
        ) : downloadsBody.error ? (
          <LoadFailed
            what="The list of downloads"
            error={downloadsBody.error}
            retry={downloadsBody.retry}
            alert
          />
        ) : (
          downloadsOpened && (
            <p className="muted" role="status">
              Loading…
            </p>
          )
        )}
      </details>
      {downloadError && (
        <p role="alert" className="problem">
          {downloadError}
        </p>
      )}
      <figure ref={figure} className="panel-figure" aria-labelledby={titleId}>
        {!showTable && (
          <SeriesLegend series={view.chart.series} hidden={hidden} onToggle={toggleSeries} />
        )}
        <div className="chart-box" hidden={showTable}>
          {PanelChart ? (
            <PanelChart
              key={view.id}
              spec={onScreen ? view.chart : drawn}
              label={`${panel.title}, ${view.label}`}
              description={view.description}
              chartRef={chartRef}
              hiddenSeries={hidden}
            />
          ) : chart.error ? (
            <LoadFailed
              what="The chart"
              error={chart.error}
              retry={chart.retry}
              meanwhile="; the table has the same numbers"
            />
          ) : (
            <p className="muted">Loading chart…</p>
          )}
        </div>
        {showTable &&
          (view.rows && table.module ? (
            <table.module.PanelTable
              rows={view.rows}
              caption={`${panel.title}, ${view.label}: the numbers`}
              sources={sourceMap}
            />
          ) : table.error ? (
            <LoadFailed what="The table" error={table.error} retry={table.retry} />
          ) : (
            <p className="muted" role="status">
              Loading the table…
            </p>
          ))}
        <figcaption>
          <BasisLegend bases={view.bases} />
          <ChartKey annotations={view.chart.annotations} />
          <p className="source-line">{panel.sourceLine}</p>
        </figcaption>
      </figure>
      <details className="how" onToggle={(e) => e.currentTarget.open && setHowOpened(true)}>
        <summary>How is this computed?</summary>
        {howOpened && children}
      </details>
    </section>
  );
}
