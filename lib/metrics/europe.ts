// Gazprom's lost European pipeline sales against what Power of Siberia carries to China.
import { sharePct } from "../conversions";
import type { Input } from "../query/types";
import type { MetricContext, MetricDefinition } from "./types";

interface Lost {
  low: number;
  high: number;
  inputs: Input[];
  rangeFrom: string;
}

/** The peak is stated as a range ("175–180 bcm"): two rows, low and high, of one period. */
function lostSincePeak(ctx: MetricContext): Lost | null {
  const low = ctx.rows("gas_europe", "reuters_pipeline_europe_peak_low", "bcm")[0];
  const high = ctx.rows("gas_europe", "reuters_pipeline_europe_peak_high", "bcm")[0];
  const now = ctx.at("gas_europe", "reuters_pipeline_europe", String(ctx.year), "bcm");
  if (!low || !high || !now) return null;
  const peakLow = ctx.at(
    "gas_europe",
    "reuters_pipeline_europe_peak_low",
    low.period.label,
    "bcm",
  )!;
  const peakHigh = ctx.at(
    "gas_europe",
    "reuters_pipeline_europe_peak_high",
    high.period.label,
    "bcm",
  )!;
  return {
    low: peakLow.input.value - now.input.value,
    high: peakHigh.input.value - now.input.value,
    inputs: [peakLow.input, peakHigh.input, now.input],
    rangeFrom: `the peak as stated, ${peakLow.input.valueText}–${peakHigh.input.valueText} bcm (${low.period.label})`,
  };
}

export const europeMetrics: MetricDefinition[] = [
  {
    id: "europe_pipeline_lost_bcm",
    unit: "bcm",
    label: (y) => `Russian pipeline gas to Europe lost by ${y} since its peak`,
    formula: "peak (stated as a range; its midpoint as central value) − this year's volume",
    compute(ctx) {
      const lost = lostSincePeak(ctx);
      if (!lost) return null;
      return {
        inputs: lost.inputs,
        value: (lost.low + lost.high) / 2,
        low: lost.low,
        high: lost.high,
        rangeFrom: lost.rangeFrom,
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
      const pos = ctx.at("gas_china", "power_of_siberia", String(ctx.year), "bcm");
      if (!lost || !pos) return null;
      const pct = (lostBcm: number) => sharePct(pos.input.value, lostBcm);
      return {
        inputs: [...lost.inputs, pos.input],
        value: pct((lost.low + lost.high) / 2),
        low: pct(lost.high),
        high: pct(lost.low),
        rangeFrom: lost.rangeFrom,
      };
    },
  },
];
