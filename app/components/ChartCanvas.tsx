"use client";
// A Chart.js chart on a canvas, kept in step with its props: what react-chartjs-2's `Chart` does
// (5.3.1, dist/index.js), for the one way the panels use it. react-chartjs-2 itself is not used:
// its typed components (`Radar`, `Bubble`, …) register five controllers no panel draws (radar,
// polar area, bubble, scatter, pie) and Turbopack keeps them, so importing it cost every whole read
// of the page 3.3 KiB gzip of script (BENCHMARKS.md, session 6; the budget is bare + 80 KiB).
import { useEffect, useRef } from "react";
import type { Chart as ChartJS } from "chart.js";
import type { toChartJsConfig } from "@/lib/chart/chartjs-config";
import { Chart } from "./chart-register";

type Config = ReturnType<typeof toChartJsConfig>;
type Data = Config["data"];

/**
 * The chart's datasets become `next`, each matched to the one drawn by its label and updated in
 * place (Chart.js then animates from what it drew, as react-chartjs-2 does); a new label adds one.
 */
function setDatasets(current: Data, next: Data["datasets"]) {
  const reused: Data["datasets"] = [];
  current.datasets = next.map((dataset) => {
    const drawn = current.datasets.find((d) => d.label === dataset.label);
    if (!drawn || reused.includes(drawn)) return { ...dataset };
    reused.push(drawn);
    return Object.assign(drawn, dataset);
  });
}

export interface ChartCanvasProps {
  data: Data;
  options: Config["options"];
  /** Set to the Chart.js instance while it exists. */
  chartRef: React.RefObject<ChartJS | null>;
  "aria-label": string;
  /** Inside the canvas: what a browser that draws no canvas shows. */
  fallbackContent: React.ReactNode;
}

/** A bar chart (its datasets may be lines) drawn on first render and updated in place after. */
export function ChartCanvas({
  data,
  options,
  chartRef,
  fallbackContent,
  ...aria
}: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJS<"bar" | "line", Data["datasets"][number]["data"], string> | null>(
    null,
  );
  useEffect(() => {
    const drawn = chart.current;
    if (!drawn) {
      if (!canvas.current) return;
      // Copies, as react-chartjs-2 makes: Chart.js writes into the datasets and options it is given.
      chart.current = new Chart(canvas.current, {
        type: "bar",
        data: { labels: data.labels, datasets: data.datasets.map((d) => ({ ...d })) },
        options: options && { ...options },
      });
      chartRef.current = chart.current as unknown as ChartJS;
      return;
    }
    if (options) Object.assign(drawn.options, options);
    drawn.config.data.labels = data.labels;
    setDatasets(drawn.config.data, data.datasets);
    drawn.update();
  }, [data, options, chartRef]);
  useEffect(
    () => () => {
      chartRef.current = null;
      chart.current?.destroy();
      chart.current = null;
    },
    [chartRef],
  );
  // 300 × 150, the canvas's own default size, as react-chartjs-2 sets it; Chart.js resizes it to its box.
  return (
    <canvas ref={canvas} role="img" width={300} height={150} {...aria}>
      {fallbackContent}
    </canvas>
  );
}
