// Chart.js parts are registered here and nowhere else: only what the panels use, never chart.js/auto.
// No Legend: each panel's legend is HTML (SeriesLegend), which the keyboard can reach. The
// annotations are chartjs-plugin-annotation's: a well-kept library beats a hand-written renderer
// of its options, even at 12.5 KiB gzip more (BENCHMARKS.md says what that costs).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import annotationPlugin from "chartjs-plugin-annotation";
import { labelLayoutPlugin } from "@/lib/chart/label-plugin";

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  annotationPlugin,
  labelLayoutPlugin,
);

// The publication PNG draws a chart off screen with the same registered parts.
export { Chart };
