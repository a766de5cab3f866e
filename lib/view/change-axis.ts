// The y axis of "change on the previous year": readable for the years that matter. A change
// cannot fall below −100%, so the axis never goes lower (Chart.js's round ticks would put the
// floor at −200%). One outlier (LNG growing tenfold from a small first year) would flatten every
// other bar, so a value more than three times the next largest is drawn off scale: the axis stops
// above the others and the value is written on the chart.

export interface ChangeAxis {
  /** Lower end (≥ −100), or undefined to let the chart start at 0. */
  yMin: number | undefined;
  /** Upper end when an outlier is drawn off scale, else undefined. */
  yMax: number | undefined;
  /** Values above yMax (drawn clipped, with their value written). */
  offScale: number[];
}

const roundUp = (v: number, step: number) => Math.ceil(v / step) * step;
const roundDown = (v: number, step: number) => Math.floor(v / step) * step;

/** `values`: every change drawn, in %. Outliers count only when over 100% (a doubling). */
export function changeAxis(values: readonly number[]): ChangeAxis {
  if (values.length === 0) return { yMin: undefined, yMax: undefined, offScale: [] };
  const low = Math.min(...values);
  const yMin = low < 0 ? Math.max(-100, roundDown(low, 10)) : undefined;
  const high = [...new Set(values.filter((v) => v > 0))].sort((a, b) => b - a);
  const [top, next] = high;
  if (top === undefined || top <= 100 || next === undefined || top <= 3 * next) {
    return { yMin, yMax: undefined, offScale: [] };
  }
  const yMax = roundUp(next * 1.5, 10);
  return { yMin, yMax, offScale: values.filter((v) => v > yMax) };
}
