// Which colour is which series, as buttons that hide and show a series. Chart.js's own legend is
// drawn inside the canvas, out of reach of the keyboard and of screen readers; this one is not.
import { PALETTE, type ChartSeries } from "@/lib/chart/spec";

export const seriesColour = (s: ChartSeries) => PALETTE[s.colour % PALETTE.length]!;

export function SeriesLegend({
  series,
  hidden,
  onToggle,
}: {
  series: readonly ChartSeries[];
  hidden: readonly string[];
  onToggle(seriesId: string): void;
}) {
  return (
    <ul className="series-legend" aria-label="Series: press one to hide or show it">
      {series.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            aria-pressed={!hidden.includes(s.id)}
            onClick={() => onToggle(s.id)}
          >
            <span className="series-swatch" style={{ background: seriesColour(s) }} aria-hidden />
            {s.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
