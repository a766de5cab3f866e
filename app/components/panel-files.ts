"use client";
// A panel's files: its displayed rows as CSV, its publication PNG, and the counts that "Download
// data" shows. Fetched on the first press of a download or opening of "Download data"
// (ChartPanel.tsx), not with the page: a whole read of the page saves no file, and the script
// budget counts a whole read (BENCHMARKS.md). What each file needs beyond this (the CSV writer,
// the PNG drawing code with Chart.js's configuration, the datasets' declarations) is fetched by
// that file alone, so a CSV does not bring the PNG code.
import type { ShownPanel, ShownView } from "@/lib/dashboard/compute";
import type { Source } from "@/lib/data/types";
import type { PanelRow } from "@/lib/panels/rows";
import { numberedAnnotations } from "@/lib/chart/spec";
import type { DatasetLink } from "@/lib/publish/panel-datasets";
import { dashboardLink } from "@/lib/publish/embed";
import { DATA_LICENCE, SITE_TITLE } from "@/lib/publish/licence";
import { loadPublishedBundle } from "./published-bundle";
import { saveBlob } from "./save-blob";
import { seriesColour } from "./SeriesLegend";

export interface PanelFilesInput {
  panel: ShownPanel;
  /** The view shown, whose rows the files hold. */
  view: ShownView;
  /** Series turned off in the legend: the PNG leaves them out too. */
  hidden: readonly string[];
  /** Whether the rows come (partly) from the reader's upload: the names and the PNG say so. */
  readerData: boolean;
  loadRows(viewId: string): Promise<PanelRow[]>;
  loadSources(): Promise<readonly Source[]>;
}

/** `oil-monthly`, `gas`, `oil-annual-your-data`: the files' name before the extension. */
const fileBase = ({ panel, view, readerData }: PanelFilesInput) =>
  `${panel.views.length > 1 ? `${panel.id}-${view.id}` : panel.id}${readerData ? "-your-data" : ""}`;

export interface DownloadCounts {
  viewId: string;
  /** Rows the displayed-data CSV holds. */
  rows: number;
  /** The full datasets the rows come from, with their sizes and check dates. */
  datasets: DatasetLink[];
}

export async function countDownloads({ view, loadRows }: PanelFilesInput): Promise<DownloadCounts> {
  const [rows, published, { datasetsForRows }] = await Promise.all([
    view.rows ?? loadRows(view.id),
    loadPublishedBundle(),
    import("@/lib/publish/panel-datasets"),
  ]);
  return { viewId: view.id, rows: rows.length, datasets: datasetsForRows(rows, published) };
}

/** Saves the displayed rows as CSV; rejects with the reason when they could not be prepared. */
export async function savePanelCsv(input: PanelFilesInput): Promise<void> {
  const { view, readerData, loadRows, loadSources } = input;
  const [{ panelRowsCsv, panelCsvFileName }, sources, rows, published, { datasetsForRows }] =
    await Promise.all([
      import("@/lib/export/panel-csv"),
      loadSources(),
      view.rows ?? loadRows(view.id),
      loadPublishedBundle(),
      import("@/lib/publish/panel-datasets"),
    ]);
  const blob = new Blob([panelRowsCsv(rows, sources)], { type: "text/csv;charset=utf-8" });
  // A view with the reader's rows was not checked by the project: its name says no date.
  const checked = readerData ? [] : datasetsForRows(rows, published).map((d) => d.lastChecked);
  saveBlob(blob, panelCsvFileName(fileBase(input), rows, checked));
}

/** Saves the publication PNG of the view as shown (hidden series left out). */
export async function savePanelPng(input: PanelFilesInput): Promise<void> {
  const { panel, view, hidden, readerData } = input;
  const { publicationPng } = await import("./png");
  const source = readerData
    ? `${panel.sourceLine} Includes data uploaded by the reader.`
    : panel.sourceLine;
  const shown = view.chart.series.filter((s) => !hidden.includes(s.id));
  const key = numberedAnnotations(view.chart.annotations);
  const blob = await publicationPng({
    title: panel.title,
    subtitle: `${panel.views.length > 1 ? `${view.label}. ` : ""}${panel.takeaway}`,
    spec: view.chart,
    hiddenSeries: hidden,
    legend: shown.map((s) => ({ label: s.label, colour: seriesColour(s) })),
    bases: view.bases,
    events: key.length
      ? `Key: ${key.map(({ annotation: a, number }) => `(${number}) ${a.kind === "vline" ? `${a.date} ` : ""}${a.label}`).join("; ")}.`
      : "",
    source,
    url: `${window.location.origin}${dashboardLink(window.location.search, panel.id)}`,
    credit: `Downloaded ${new Date().toISOString().slice(0, 10)} · Data: ${DATA_LICENCE.title} (each source keeps its own rights) · ${SITE_TITLE}`,
  });
  if (blob) saveBlob(blob, `${fileBase(input)}.png`);
}
