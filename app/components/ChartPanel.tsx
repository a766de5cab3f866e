"use client";
import { useRef, useState } from "react";
import type { Chart as ChartJS } from "chart.js";
import type { Source } from "@/lib/data/types";
import type { ShownPanel } from "@/lib/dashboard/compute";
import type { PanelRow } from "@/lib/panels/rows";
import { PanelTable } from "./PanelTable";
import { BasisLegend } from "./BasisLegend";
import { EventList } from "./EventList";
import { SeriesLegend, seriesColour } from "./SeriesLegend";
import { chartPng, saveBlob } from "./png";
import { useLazyModule } from "./use-lazy-module";
import { useNearViewport, useOnScreen } from "./use-near-viewport";

const loadChart = () => import("./PanelChart");
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
  const chart = useLazyModule(loadChart, near);
  const PanelChart = chart.module?.default;
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
  const fileBase = `${panel.views.length > 1 ? `${panel.id}-${view.id}` : panel.id}${readerData ? "-your-data" : ""}`;

  const [downloadError, setDownloadError] = useState<string | null>(null);
  const downloadCsv = async () => {
    setDownloadError(null);
    try {
      const [{ panelRowsCsv }, sources, rows] = await Promise.all([
        import("@/lib/export/panel-csv"),
        loadSources(),
        view.rows ?? loadRows(view.id),
      ]);
      const blob = new Blob([panelRowsCsv(rows, sources)], { type: "text/csv;charset=utf-8" });
      saveBlob(blob, `${fileBase}.csv`);
    } catch (err) {
      setDownloadError(`The CSV could not be prepared: ${(err as Error).message}. Try again.`);
    }
  };
  const downloadPng = async () => {
    const canvas = chartRef.current?.canvas;
    if (!canvas) return;
    const source = readerData
      ? `${panel.sourceLine} Includes data uploaded by the reader.`
      : panel.sourceLine;
    const shown = view.chart.series.filter((s) => !hidden.includes(s.id));
    const legend = shown.map((s) => ({ label: s.label, colour: seriesColour(s) }));
    const blob = await chartPng(canvas, `${panel.title} — ${view.label}`, source, legend);
    if (blob) saveBlob(blob, `${fileBase}.png`);
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
          <button type="button" aria-pressed={showTable} onClick={() => onShowTable(true)}>
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
            <p className="problem">
              The chart could not be loaded ({chart.error.message}); the table has the same numbers.{" "}
              <button type="button" onClick={chart.retry}>
                Try again
              </button>
            </p>
          ) : (
            <p className="muted">Loading chart…</p>
          )}
        </div>
        {showTable &&
          (view.rows ? (
            <PanelTable rows={view.rows} caption={`${panel.title}, ${view.label}: the numbers`} />
          ) : (
            <p className="muted" role="status">
              Loading the table…
            </p>
          ))}
        <figcaption>
          <BasisLegend bases={view.bases} />
          <EventList annotations={view.chart.annotations} />
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
