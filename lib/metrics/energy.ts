// Oil and gas in one energy unit. The reference gives BP's gas factors (Mtoe and Mboe per bcm)
// and barrels per tonne of crude; tonnes of oil equivalent per tonne of crude follows from them.
import type { MetricContext, MetricDefinition, MetricInput } from "./types";
import { gasBcmFromParts } from "./gas";
import { safeRatio } from "./context";

/** toe per tonne of crude = (bbl per tonne) ÷ (boe per toe), with boe per toe = Mboe/bcm ÷ Mtoe/bcm. */
export const toePerTonneCrude = (bblPerTonne: number, mboePerBcm: number, mtoePerBcm: number) =>
  safeRatio(bblPerTonne * mtoePerBcm, mboePerBcm);

interface Energy {
  oil: { value: number; low: number; high: number };
  gas: { value: number; low: number; high: number };
  inputs: MetricInput[];
}

function energy(ctx: MetricContext): Energy | null {
  const y = String(ctx.year);
  const oilMt = ctx.observation("crude_annual", "russia", y, "Mt");
  const pipeline = ctx.observation("gas_china", "power_of_siberia", y, "bcm");
  const lng = ctx.observation("gas_china", "lng", y, "Mt");
  const bbl = ctx.factor("crude_bbl_per_tonne");
  const lngF = ctx.factor("lng_bcm_per_mt");
  const mtoe = ctx.factor("gas_mtoe_per_bcm");
  const mboe = ctx.factor("gas_mboe_per_bcm");
  if (!oilMt || !pipeline || !lng || !bbl || !lngF || !mtoe || !mboe) return null;
  const toe = (b: number) => toePerTonneCrude(b, mboe.value, mtoe.value);
  const [tv, tl, th] = [toe(bbl.value), toe(bbl.low), toe(bbl.high)];
  if (tv === null || tl === null || th === null) return null;
  const gasMtoe = (f: number) => gasBcmFromParts(pipeline.value, lng.value, f) * mtoe.value;
  return {
    oil: { value: oilMt.value * tv, low: oilMt.value * tl, high: oilMt.value * th },
    gas: { value: gasMtoe(lngF.value), low: gasMtoe(lngF.low), high: gasMtoe(lngF.high) },
    inputs: [oilMt, pipeline, lng, bbl.input, lngF.input, mtoe.input, mboe.input],
  };
}

const sharePct = (gas: number, oil: number) => {
  const r = safeRatio(gas, gas + oil);
  return r === null ? null : r * 100;
};

export const energyMetrics: MetricDefinition[] = [
  {
    id: "crude_mtoe",
    unit: "Mtoe",
    label: (y) => `Russian crude to China in ${y}, energy`,
    formula: "Mt × (bbl per tonne ÷ (Mboe per bcm ÷ Mtoe per bcm))",
    compute(ctx) {
      const e = energy(ctx);
      return e && { inputs: e.inputs, ...e.oil };
    },
  },
  {
    id: "gas_mtoe",
    unit: "Mtoe",
    label: (y) => `Russian gas to China in ${y}, energy`,
    formula: "(Power of Siberia bcm + LNG Mt × bcm per Mt) × Mtoe per bcm",
    compute(ctx) {
      const e = energy(ctx);
      return e && { inputs: e.inputs, ...e.gas };
    },
  },
  {
    id: "gas_share_of_energy_pct",
    unit: "%",
    label: (y) => `Gas's share of Russian oil and gas energy to China in ${y}`,
    formula: "gas Mtoe ÷ (gas Mtoe + crude Mtoe) × 100",
    compute(ctx) {
      const e = energy(ctx);
      if (!e) return null;
      return {
        inputs: e.inputs,
        value: sharePct(e.gas.value, e.oil.value),
        low: sharePct(e.gas.low, e.oil.high),
        high: sharePct(e.gas.high, e.oil.low),
      };
    },
  },
];
