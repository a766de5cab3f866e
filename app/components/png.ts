"use client";
// "Download PNG": a publication image of a panel at a fixed size (1200 × 800 CSS pixels, drawn at
// 2×: 2400 × 1600), in the light theme whatever the device, with the title, a subtitle, the full
// legend (series, and what solid, hatched, hollow and dashed mean), the events, the source line,
// the address of the view, the date and the licence. The chart is drawn afresh off screen at
// that size, so the image does not depend on the window it was downloaded from.
import { toChartJsConfig } from "@/lib/chart/chartjs-config";
import type { ChartSpec } from "@/lib/chart/spec";
import type { Basis } from "@/lib/data/types";
import { BASIS_LEGEND } from "./BasisLegend";
import { loadChart } from "./chart-module";
import { hatch, LIGHT_THEME } from "./theme";

const PNG_CSS_WIDTH = 1200;
const PNG_CSS_HEIGHT = 800;
const PNG_SCALE = 2;

interface LegendItem {
  label: string;
  colour: string;
}

export interface PublicationImage {
  title: string;
  subtitle: string;
  spec: ChartSpec;
  hiddenSeries: readonly string[];
  legend: readonly LegendItem[];
  bases: readonly Basis[];
  /** "Dashed vertical lines: …", or "". */
  events: string;
  source: string;
  url: string;
  /** e.g. "Downloaded 2026-11-30 · Data CC BY 4.0 · Russia–China energy trade, sourced" */
  credit: string;
}

function wrap(g: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 32;

/** Draws the legend's swatches and labels from (x, y), wrapping; returns the height used. */
function drawLegend(
  g: CanvasRenderingContext2D,
  items: readonly { label: string; draw(x: number, y: number): void }[],
  top: number,
  maxWidth: number,
): number {
  let x = 0;
  let y = top;
  for (const item of items) {
    const width = 22 + g.measureText(item.label).width + 20;
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      y += 22;
    }
    item.draw(PAD + x, y + 3);
    g.fillStyle = LIGHT_THEME.text;
    g.fillText(item.label, PAD + x + 22, y);
    x += width;
  }
  return items.length ? y - top + 22 : 0;
}

function basisSwatch(g: CanvasRenderingContext2D, basis: Basis, x: number, y: number) {
  const c = LIGHT_THEME.muted;
  g.strokeStyle = c;
  g.lineWidth = 1.5;
  g.setLineDash(basis === "capacity" ? [5, 3] : []);
  if (basis === "capacity") {
    g.beginPath();
    g.moveTo(x, y + 6);
    g.lineTo(x + 16, y + 6);
    g.stroke();
  } else {
    g.fillStyle = basis === "reported" ? c : basis === "derived" ? hatch(c) : "transparent";
    g.fillRect(x, y, 16, 12);
    g.strokeRect(x, y, 16, 12);
  }
  g.setLineDash([]);
}

/** Draws the chart off screen at `width` × `height` CSS pixels, 2×, light theme. */
async function drawChart(img: PublicationImage, width: number, height: number) {
  // The panels' chart module (one chunk with Chart.js, often loaded already), not chart-register
  // on its own: a second way in would split Chart.js into a chunk of its own, and a whole read of
  // the page would fetch two files for what one carries in fewer bytes.
  const { Chart } = await loadChart();
  // Without `responsive`, Chart.js takes the canvas's width and height attributes as its size in
  // CSS pixels and draws the bitmap at devicePixelRatio times that.
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const holder = document.createElement("div");
  holder.style.cssText = `position:fixed;left:-99999px;top:0;width:${width}px;height:${height}px`;
  holder.appendChild(canvas);
  document.body.appendChild(holder);
  const config = toChartJsConfig(img.spec, { ...LIGHT_THEME, hatch }, false, img.hiddenSeries);
  const chart = new Chart(canvas, {
    ...config,
    options: {
      ...config.options,
      responsive: false,
      devicePixelRatio: PNG_SCALE,
      animation: false,
    },
  });
  chart.draw();
  return { canvas, done: () => (chart.destroy(), holder.remove()) };
}

export async function publicationPng(img: PublicationImage): Promise<Blob | null> {
  const out = document.createElement("canvas");
  out.width = PNG_CSS_WIDTH * PNG_SCALE;
  out.height = PNG_CSS_HEIGHT * PNG_SCALE;
  const g = out.getContext("2d");
  if (!g) return null;
  g.scale(PNG_SCALE, PNG_SCALE);
  const inner = PNG_CSS_WIDTH - 2 * PAD;
  g.fillStyle = LIGHT_THEME.background;
  g.fillRect(0, 0, PNG_CSS_WIDTH, PNG_CSS_HEIGHT);
  g.textBaseline = "top";
  let y = PAD;
  const text = (t: string, font: string, colour: string, lineHeight: number) => {
    g.font = font;
    g.fillStyle = colour;
    for (const line of wrap(g, t, inner)) {
      g.fillText(line, PAD, y);
      y += lineHeight;
    }
  };
  text(img.title, `bold 26px ${FONT}`, LIGHT_THEME.text, 32);
  text(img.subtitle, `16px ${FONT}`, LIGHT_THEME.muted, 22);
  y += 8;
  g.font = `14px ${FONT}`;
  const legend = [
    ...img.legend.map((s) => ({
      label: s.label,
      draw: (x: number, top: number) => ((g.fillStyle = s.colour), g.fillRect(x, top, 16, 12)),
    })),
    ...img.bases.map((b) => ({
      label: BASIS_LEGEND[b],
      draw: (x: number, top: number) => basisSwatch(g, b, x, top),
    })),
  ];
  y += drawLegend(g, legend, y, inner) + 8;
  // The footer is measured first: the chart takes what is left.
  g.font = `13px ${FONT}`;
  const footer = [img.events, img.source, `View: ${img.url}`, img.credit].filter(Boolean);
  const footerLines = footer.flatMap((t) => wrap(g, t, inner));
  const footerHeight = footerLines.length * 18 + 12;
  const chartHeight = Math.max(240, PNG_CSS_HEIGHT - PAD - footerHeight - y);
  const chart = await drawChart(img, inner, chartHeight);
  g.drawImage(chart.canvas, PAD, y, inner, chartHeight);
  chart.done();
  y += chartHeight + 12;
  g.font = `13px ${FONT}`;
  g.fillStyle = LIGHT_THEME.muted;
  for (const line of footerLines) {
    g.fillText(line, PAD, y);
    y += 18;
  }
  return new Promise((resolve) => out.toBlob(resolve, "image/png"));
}
