"use client";
// Loaded lazily (next/dynamic) so Chart.js stays out of the first paint; the box it fills has a
// fixed height, so nothing moves when it arrives.
import { useEffect, useMemo } from "react";
import { Chart as ReactChart } from "react-chartjs-2";
import type { Chart as ChartJS } from "chart.js";
// Chart.js with the parts every chart uses registered; re-exported for the publication PNG, which
// loads this module too (png.ts), so the panels and the PNG share one chunk of Chart.js.
export { Chart } from "./chart-register";
import { toChartJsConfig } from "@/lib/chart/chartjs-config";
import type { ChartSpec } from "@/lib/chart/spec";
import { readTheme, useNarrow, usePrefersDark } from "./theme";

export interface PanelChartProps {
  spec: ChartSpec;
  label: string;
  description: string;
  chartRef: React.RefObject<ChartJS | null>;
  /** Series turned off in the panel's legend. */
  hiddenSeries: readonly string[];
  /**
   * Told `spec` once the chart has drawn it: Chart.js takes new data in react-chartjs-2's own
   * effect, which runs before this component's (a child's effects run first).
   */
  onShown?: (spec: ChartSpec) => void;
}

export default function PanelChart({
  spec,
  label,
  description,
  chartRef,
  hiddenSeries,
  onShown,
}: PanelChartProps) {
  const dark = usePrefersDark();
  const narrow = useNarrow();
  // The theme is read from CSS, which has switched by the time `dark` changes.
  const config = useMemo(
    () => toChartJsConfig(spec, readTheme(), narrow, hiddenSeries),
    [spec, dark, narrow, hiddenSeries], // eslint-disable-line react-hooks/exhaustive-deps
  );
  useEffect(() => onShown?.(spec), [onShown, spec, config]);
  return (
    <ReactChart
      ref={(chart) => {
        chartRef.current = (chart as unknown as ChartJS | undefined) ?? null;
      }}
      type="bar"
      data={config.data}
      options={config.options}
      role="img"
      aria-label={`${label}. ${description}`}
      fallbackContent={<p>{description}</p>}
    />
  );
}
