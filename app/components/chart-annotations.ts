// Draws the charts' annotations: event lines, capacity lines, bands, boxes, brackets and labels.
// It reads the same options chartjs-plugin-annotation 3 reads (lib/chart/chartjs-config.ts
// writes them, `plugins.annotation.annotations`), but only the parts the config uses: the
// package was 12.5 KiB of the 80 KiB script budget for the whole page read (issue 14), this
// is about 1.5 KiB. Drawn after the datasets, clipped to the chart area, as the package does.
import type { Chart, Plugin } from "chart.js";

interface Label {
  content?: string;
  display?: boolean;
  color?: string;
  backgroundColor?: string;
  font?: { size?: number; weight?: string };
  position?: "start" | "center" | "end" | { x?: string; y?: string };
  rotation?: number;
  xAdjust?: number;
  yAdjust?: number;
}

interface Annotation extends Label {
  type: "line" | "box" | "label";
  xMin?: number;
  xMax?: number;
  yMin?: number;
  yMax?: number;
  xValue?: number;
  yValue?: number;
  borderColor?: string;
  borderWidth?: number;
  borderDash?: number[];
  arrowHeads?: { start?: { display?: boolean }; end?: { display?: boolean } };
  label?: Label;
}

const PADDING = 6;
const RADIUS = 6;
const ARROW = { length: 6, width: 4 };

const fontOf = (chart: Chart, label: Label) =>
  `${label.font?.weight ?? "bold"} ${label.font?.size ?? 12}px ${chart.options.font?.family ?? "sans-serif"}`;

/** Half the length of a label's box, along its text. */
function halfWidth(chart: Chart, label: Label): number {
  chart.ctx.save();
  chart.ctx.font = fontOf(chart, label);
  const width = chart.ctx.measureText(label.content ?? "").width;
  chart.ctx.restore();
  return width / 2 + PADDING;
}

/** A label's box centred on (x, y), moved by its adjustments and turned by its rotation. */
function text(chart: Chart, label: Label, x: number, y: number) {
  const { ctx } = chart;
  const size = label.font?.size ?? 12;
  const width = halfWidth(chart, label) * 2;
  const height = size + PADDING;
  ctx.save();
  ctx.font = fontOf(chart, label);
  ctx.translate(x + (label.xAdjust ?? 0), y + (label.yAdjust ?? 0));
  if (label.rotation) ctx.rotate((label.rotation * Math.PI) / 180);
  const left = -width / 2;
  if (label.backgroundColor && label.backgroundColor !== "transparent") {
    ctx.fillStyle = label.backgroundColor;
    ctx.beginPath();
    ctx.roundRect(left, -height / 2, width, height, RADIUS);
    ctx.fill();
  }
  ctx.fillStyle = label.color ?? "#000";
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  ctx.fillText(label.content ?? "", left + PADDING, 0);
  ctx.restore();
}

function arrow(chart: Chart, x: number, from: number, to: number) {
  const { ctx } = chart;
  const dir = Math.sign(to - from) || 1;
  ctx.beginPath();
  ctx.moveTo(x - ARROW.width, to - dir * ARROW.length);
  ctx.lineTo(x, to);
  ctx.lineTo(x + ARROW.width, to - dir * ARROW.length);
  ctx.stroke();
}

function draw(chart: Chart, a: Annotation) {
  const { ctx, chartArea: area } = chart;
  const sx = chart.scales.x!;
  const sy = chart.scales.y!;
  const px = (v: number | undefined, fallback: number) =>
    v === undefined ? fallback : sx.getPixelForValue(v);
  const py = (v: number | undefined, fallback: number) =>
    v === undefined ? fallback : sy.getPixelForValue(v);
  if (a.type === "label") {
    text(chart, a, px(a.xValue, area.left), py(a.yValue, area.top));
    return;
  }
  const x1 = px(a.xMin, area.left);
  const x2 = px(a.xMax, area.right);
  const y1 = py(a.yMin, area.bottom);
  const y2 = py(a.yMax, area.top);
  ctx.save();
  ctx.strokeStyle = a.borderColor ?? "transparent";
  ctx.lineWidth = a.borderWidth ?? 0;
  ctx.setLineDash(a.borderDash ?? []);
  if (a.type === "box") {
    if (a.backgroundColor) {
      ctx.fillStyle = a.backgroundColor;
      ctx.fillRect(x1, y2, x2 - x1, y1 - y2);
    }
    if (ctx.lineWidth > 0) ctx.strokeRect(x1, y2, x2 - x1, y1 - y2);
  } else {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    ctx.setLineDash([]);
    if (a.arrowHeads?.start?.display) arrow(chart, x1, y2, y1);
    if (a.arrowHeads?.end?.display) arrow(chart, x2, y1, y2);
  }
  ctx.restore();
  const label = a.label;
  if (!label?.content || label.display === false) return;
  const half = halfWidth(chart, label);
  const size = label.font?.size ?? 12;
  if (a.type === "box") {
    // Inside the box: its top edge, at its start (left) or centre.
    const pos = typeof label.position === "object" ? label.position : {};
    const x = pos.x === "center" ? (x1 + x2) / 2 : x1 + half;
    text(chart, label, x, y2 + size / 2 + PADDING);
  } else if (x1 === x2) {
    // A vertical line: "end" is its top, "start" its bottom; rotated labels run along it.
    const along = label.rotation ? half : size / 2 + PADDING;
    const y =
      label.position === "end"
        ? y2 + along
        : label.position === "start"
          ? y1 - along
          : (y1 + y2) / 2;
    text(chart, label, x1, y);
  } else {
    // A horizontal line: "start" is its left end, "end" its right.
    const x =
      label.position === "start" ? x1 + half : label.position === "end" ? x2 - half : (x1 + x2) / 2;
    text(chart, label, x, y1);
  }
}

export const annotationPlugin: Plugin = {
  id: "annotation",
  afterDatasetsDraw(chart) {
    // The raw options, as the config wrote them (not Chart.js's resolved proxies).
    const own = chart.config.options?.plugins as
      { annotation?: { annotations?: Annotation[] } } | undefined;
    const list = own?.annotation?.annotations ?? [];
    if (!list.length) return;
    const { ctx, chartArea: area } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    for (const a of list) draw(chart, a);
    ctx.restore();
  },
};
