// Gazprom's lost European pipeline sales against what Power of Siberia carries to China.
import type { MetricContext, MetricDefinition, MetricInput } from "./types";
import { safeRatio } from "./context";

interface Lost {
  low: number;
  high: number;
  inputs: MetricInput[];
}

function lostSincePeak(ctx: MetricContext): Lost | null {
  const peakLowRow = ctx.bundle.datasets.gas_europe.find(
    (o) => o.series === "reuters_pipeline_europe_peak_low",
  );
  const peakHighRow = ctx.bundle.datasets.gas_europe.find(
    (o) => o.series === "reuters_pipeline_europe_peak_high",
  );
  if (!peakLowRow || !peakHighRow) return null;
  const peakLow = ctx.observation(
    "gas_europe",
    "reuters_pipeline_europe_peak_low",
    peakLowRow.period.label,
    "bcm",
  );
  const peakHigh = ctx.observation(
    "gas_europe",
    "reuters_pipeline_europe_peak_high",
    peakHighRow.period.label,
    "bcm",
  );
  const now = ctx.observation("gas_europe", "reuters_pipeline_europe", String(ctx.year), "bcm");
  if (!peakLow || !peakHigh || !now) return null;
  return {
    low: peakLow.value - now.value,
    high: peakHigh.value - now.value,
    inputs: [peakLow, peakHigh, now],
  };
}

export const europeMetrics: MetricDefinition[] = [
  {
    id: "europe_pipeline_lost_bcm",
    unit: "bcm",
    label: (y) => `Russian pipeline gas to Europe lost by ${y} since the 2018–19 peak`,
    formula: "peak (175–180 bcm, midpoint as central value) − this year's volume",
    compute(ctx) {
      const lost = lostSincePeak(ctx);
      if (!lost) return null;
      return {
        inputs: lost.inputs,
        value: (lost.low + lost.high) / 2,
        low: lost.low,
        high: lost.high,
      };
    },
  },
  {
    id: "pos_replaced_share_pct",
    unit: "%",
    label: (y) => `Share of the lost European volume Power of Siberia carried in ${y}`,
    formula: "Power of Siberia bcm ÷ European volume lost since the peak × 100",
    note: "A comparison of volumes, not a claim that the same molecules were redirected: Power of Siberia draws on East Siberian fields.",
    compute(ctx) {
      const lost = lostSincePeak(ctx);
      const pos = ctx.observation("gas_china", "power_of_siberia", String(ctx.year), "bcm");
      if (!lost || !pos) return null;
      const pct = (lostBcm: number) => {
        const r = safeRatio(pos.value, lostBcm);
        return r === null ? null : r * 100;
      };
      return {
        inputs: [...lost.inputs, pos],
        value: pct((lost.low + lost.high) / 2),
        low: pct(lost.high),
        high: pct(lost.low),
      };
    },
  },
];
