// Chart.js parts are registered here and nowhere else: only what the panels use, never chart.js/auto.
// No Legend: each panel's legend is HTML (SeriesLegend), which the keyboard can reach. The
// annotations are drawn by chart-annotations.ts, not by chartjs-plugin-annotation (script budget).
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
import { annotationPlugin } from "./chart-annotations";

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
);

export { Chart };
