"use client";
// Loaded lazily (next/dynamic) so Chart.js stays out of the first paint; the box it fills has a
// fixed height, so nothing moves when it arrives.
import { useMemo } from "react";
import type { Chart as ChartJS } from "chart.js";
import { ChartCanvas } from "./ChartCanvas";
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
}

export default function PanelChart({
  spec,
  label,
  description,
  chartRef,
  hiddenSeries,
}: PanelChartProps) {
  const dark = usePrefersDark();
  const narrow = useNarrow();
  // The theme is read from CSS, which has switched by the time `dark` changes.
  const config = useMemo(
    () => toChartJsConfig(spec, readTheme(), narrow, hiddenSeries),
    [spec, dark, narrow, hiddenSeries], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <ChartCanvas
      chartRef={chartRef}
      data={config.data}
      options={config.options}
      aria-label={`${label}. ${description}`}
      fallbackContent={<p>{description}</p>}
    />
  );
}
