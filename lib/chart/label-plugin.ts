// Length: one plugin whose steps share state: obstacles, eight annotation kinds, drawing.
// A Chart.js plugin that draws the annotations' labels where lib/chart/label-layout.ts puts them,
// once the data is drawn: it measures the text, collects the drawn bars, points and line
// segments as obstacles, asks for a layout, and draws labels and numbered markers. The result is
// kept on the chart (`chart.$labelLayout`) for the browser test that checks it.
import type { Chart, ChartType, Plugin } from "chart.js";
import type { ChartAnnotation } from "./spec";
import { layoutLabels, type Box, type LabelRequest, type Placement } from "./label-layout";

interface LabelLayoutOptions {
  /** The annotations whose labels this plugin draws; `number` is their place in the chart's key. */
  items: { annotation: ChartAnnotation; number: number }[];
  size: number;
  color: string;
  background: string;
  border: string;
}

interface DrawnLabels {
  area: Box;
  obstacles: Box[];
  placements: (Placement & { text: string })[];
}

declare module "chart.js" {
  // The type parameter must repeat chart.js's own declaration, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    labelLayout?: LabelLayoutOptions;
  }
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD_X = 3;
const PAD_Y = 2;
// Annotations that point at one value come first; events (vertical lines) last: they have the
// numbered key to fall back on.
const PRIORITY: Record<ChartAnnotation["kind"], number> = {
  label: 0,
  hline: 1,
  segment: 1,
  bracket: 2,
  box: 3,
  yband: 4,
  xband: 5,
  vline: 6,
};

/** Bars, points and samples along line segments, in CSS pixels. */
function dataObstacles(chart: Chart): Box[] {
  const boxes: Box[] = [];
  chart.data.datasets.forEach((_, i) => {
    if (!chart.isDatasetVisible(i)) return;
    const meta = chart.getDatasetMeta(i);
    let previous: { x: number; y: number } | null = null;
    for (const el of meta.data as unknown as {
      x: number;
      y: number;
      base?: number;
      width?: number;
      skip?: boolean;
    }[]) {
      if (el.skip || !Number.isFinite(el.x) || !Number.isFinite(el.y)) {
        previous = null;
        continue;
      }
      if (meta.type === "bar" && el.width !== undefined && el.base !== undefined) {
        boxes.push({
          x: el.x - el.width / 2,
          y: Math.min(el.y, el.base),
          width: el.width,
          height: Math.abs(el.base - el.y),
        });
        continue;
      }
      boxes.push({ x: el.x - 4, y: el.y - 4, width: 8, height: 8 });
      if (previous) {
        const steps = Math.ceil(Math.hypot(el.x - previous.x, el.y - previous.y) / 6);
        for (let s = 1; s < steps; s++) {
          const t = s / steps;
          boxes.push({
            x: previous.x + (el.x - previous.x) * t - 2,
            y: previous.y + (el.y - previous.y) * t - 2,
            width: 4,
            height: 4,
          });
        }
      }
      previous = el;
    }
  });
  return boxes;
}

function request(
  chart: Chart,
  a: ChartAnnotation,
  number: number,
  width: number,
  height: number,
): LabelRequest {
  const { left, top, right } = chart.chartArea;
  const px = (v: number) => chart.scales.x!.getPixelForValue(v);
  const py = (v: number) => chart.scales.y!.getPixelForValue(v);
  const rows = (x: number) =>
    Array.from({ length: 8 }, (_, k) => ({ x, y: top + 2 + k * (height + 3) }));
  const base = { id: `${number}`, width, height, number };
  switch (a.kind) {
    case "vline": {
      const x = px(a.x);
      return {
        ...base,
        candidates: [...rows(x + 4), ...rows(x - 4 - width)],
        markerAt: { x, y: top + 10 },
      };
    }
    case "hline": {
      const y = py(a.y);
      const xs = [left + 4, right - width - 4, (left + right - width) / 2];
      return {
        ...base,
        candidates: [
          ...xs.map((x) => ({ x, y: y - height - 3 })),
          ...xs.map((x) => ({ x, y: y + 3 })),
        ],
        markerAt: { x: left + 10, y },
      };
    }
    case "segment": {
      const y = py(a.y);
      const [x0, x1] = [Math.max(left, px(a.xMin)), Math.min(right, px(a.xMax))];
      const xs = [x0 + 4, x1 - width - 4, (x0 + x1 - width) / 2];
      return {
        ...base,
        candidates: [
          ...xs.map((x) => ({ x, y: y - height - 3 })),
          ...xs.map((x) => ({ x, y: y + 3 })),
        ],
        markerAt: { x: x0 + 10, y },
      };
    }
    case "label": {
      const [x, y] = [px(a.x), py(a.y)];
      return {
        ...base,
        candidates: [
          { x: x - width / 2, y: y - height - 6 },
          { x: x - width + 6, y: y - height - 6 },
          { x: x - 6, y: y - height - 6 },
          { x: x + 8, y: y - height / 2 },
          { x: x - width - 8, y: y - height / 2 },
          { x: x - width / 2, y: y - 2 * height - 10 },
        ],
        markerAt: { x, y: y - 12 },
      };
    }
    case "bracket": {
      const [x, mid] = [px(a.x), (py(a.yMin) + py(a.yMax)) / 2];
      return {
        ...base,
        candidates: [
          { x: x - width - 6, y: mid - height / 2 },
          { x: x + 6, y: mid - height / 2 },
          { x: x - width / 2, y: py(a.yMax) - height - 4 },
        ],
        markerAt: { x: x - 12, y: mid },
      };
    }
    case "yband":
    case "box": {
      const yTop = py(a.yMax);
      const xMin = a.kind === "box" ? px(a.xMin) : left;
      const xMax = a.kind === "box" ? px(a.xMax) : right;
      return {
        ...base,
        candidates: [
          { x: xMin + 4, y: yTop - height - 3 },
          { x: xMin + 4, y: yTop + 3 },
          { x: xMax - width - 4, y: yTop + 3 },
          { x: xMax - width - 4, y: yTop - height - 3 },
          { x: xMin + 4, y: py(a.yMin) - height - 3 },
        ],
        markerAt: { x: xMin + 10, y: yTop + 10 },
      };
    }
    case "xband": {
      const [x0, x1] = [px(a.xMin), px(a.xMax)];
      return {
        ...base,
        candidates: rows((x0 + x1 - width) / 2).concat(rows(x0 + 4)),
        markerAt: { x: (x0 + x1) / 2, y: top + 10 },
      };
    }
  }
}

function draw(chart: Chart, o: LabelLayoutOptions, placements: DrawnLabels["placements"]) {
  const g = chart.ctx;
  g.save();
  g.font = `${o.size}px ${FONT}`;
  g.textBaseline = "middle";
  for (const p of placements) {
    const { x, y, width, height } = p.box;
    if (p.kind === "label") {
      g.fillStyle = o.background;
      g.fillRect(x, y, width, height);
      g.fillStyle = o.color;
      g.textAlign = "left";
      g.fillText(p.text, x + PAD_X, y + height / 2);
    } else {
      g.beginPath();
      g.arc(x + width / 2, y + height / 2, width / 2, 0, 2 * Math.PI);
      g.fillStyle = o.background;
      g.fill();
      g.strokeStyle = o.border;
      g.lineWidth = 1;
      g.stroke();
      g.fillStyle = o.color;
      g.textAlign = "center";
      g.fillText(String(p.number), x + width / 2, y + height / 2 + 0.5);
    }
  }
  g.restore();
}

export const labelLayoutPlugin: Plugin = {
  id: "labelLayout",
  afterDatasetsDraw(chart, _args, options) {
    const o = options as unknown as LabelLayoutOptions;
    if (!chart.scales.x || !chart.scales.y) return;
    const given = o?.items ?? [];
    const { left, top, right, bottom } = chart.chartArea;
    const area = { x: left, y: top, width: right - left, height: bottom - top };
    const g = chart.ctx;
    g.save();
    g.font = `${o.size}px ${FONT}`;
    const items = [...given].sort(
      (a, b) => PRIORITY[a.annotation.kind] - PRIORITY[b.annotation.kind] || a.number - b.number,
    );
    const requests = items.map(({ annotation, number }) =>
      request(
        chart,
        annotation,
        number,
        Math.ceil(g.measureText(annotation.label).width) + 2 * PAD_X,
        o.size + 2 * PAD_Y,
      ),
    );
    g.restore();
    const obstacles = dataObstacles(chart);
    const text = new Map(items.map((i) => [`${i.number}`, i.annotation.label]));
    const placements = layoutLabels(requests, area, obstacles).map((p) => ({
      ...p,
      text: text.get(p.id) ?? "",
    }));
    draw(chart, o, placements);
    (chart as Chart & { $labelLayout?: DrawnLabels }).$labelLayout = {
      area,
      obstacles,
      placements,
    };
  },
};
