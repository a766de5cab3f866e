"use client";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import type { Chart as ChartJS } from "chart.js";
import type { Panel } from "@/lib/panels/types";
import { PanelTable } from "./PanelTable";
import { BasisLegend } from "./BasisLegend";
import { EventList } from "./EventList";
import { chartPng, saveBlob } from "./png";

const PanelChart = dynamic(() => import("./PanelChart"), {
  ssr: false,
  loading: () => <p className="muted">Loading chart…</p>,
});

export interface ChartPanelProps {
  panel: Panel;
  /** The CSV download of each view, built on the server from the same rows. */
  csvByView: string[];
  /** "How is this computed?", rendered on the server. */
  children: React.ReactNode;
}

export function ChartPanel({ panel, csvByView, children }: ChartPanelProps) {
  const [viewIndex, setViewIndex] = useState(0);
  const [mode, setMode] = useState<"chart" | "table">("chart");
  const chartRef = useRef<ChartJS | null>(null);
  const view = panel.views[viewIndex] ?? panel.views[0]!;
  const titleId = `${panel.id}-title`;
  const fileBase = panel.views.length > 1 ? `${panel.id}-${view.id}` : panel.id;

  const downloadCsv = () => {
    const blob = new Blob([csvByView[viewIndex] ?? ""], { type: "text/csv;charset=utf-8" });
    saveBlob(blob, `${fileBase}.csv`);
  };
  const downloadPng = async () => {
    const canvas = chartRef.current?.canvas;
    if (!canvas) return;
    const blob = await chartPng(canvas, `${panel.title} — ${view.label}`, panel.sourceLine);
    if (blob) saveBlob(blob, `${fileBase}.png`);
  };

  return (
    <section className="panel" id={panel.id} aria-labelledby={titleId} data-panel={panel.id}>
      <h2 id={titleId}>{panel.title}</h2>
      <p className="takeaway">{panel.takeaway}</p>
      <div className="toolbar">
        {panel.views.length > 1 && (
          <div role="group" aria-label="View">
            {panel.views.map((v, i) => (
              <button
                key={v.id}
                type="button"
                aria-pressed={i === viewIndex}
                onClick={() => setViewIndex(i)}
              >
                {v.label}
              </button>
            ))}
          </div>
        )}
        <div role="group" aria-label="Show as">
          <button type="button" aria-pressed={mode === "chart"} onClick={() => setMode("chart")}>
            Chart
          </button>
          <button type="button" aria-pressed={mode === "table"} onClick={() => setMode("table")}>
            Table
          </button>
        </div>
        <button type="button" onClick={downloadCsv}>
          Download CSV
        </button>
        <button type="button" onClick={downloadPng} disabled={mode !== "chart"}>
          Download PNG
        </button>
      </div>
      <figure className="panel-figure" aria-labelledby={titleId}>
        <div className="chart-box" hidden={mode !== "chart"}>
          <PanelChart
            key={view.id}
            spec={view.chart}
            label={`${panel.title}, ${view.label}`}
            description={view.description}
            chartRef={chartRef}
          />
        </div>
        {mode === "table" && (
          <PanelTable rows={view.rows} caption={`${panel.title}, ${view.label}: the numbers`} />
        )}
        <figcaption>
          <BasisLegend chart={view.chart} rows={view.rows} />
          <EventList annotations={view.chart.annotations} />
          <p className="source-line">{panel.sourceLine}</p>
        </figcaption>
      </figure>
      <details className="how">
        <summary>How is this computed?</summary>
        {children}
      </details>
    </section>
  );
}
