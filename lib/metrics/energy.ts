// Oil and gas of the claim year in one energy unit. Crude converts through physical barrels at
// SPE's 0.136 toe per barrel (factor crude_toe_per_bbl); gas at BP's 0.86 Mtoe per bcm.
import { mtoeFromBcm, mtoeFromCrudeMt, sharePct } from "../conversions";
import type { Input } from "../query/types";
import { gasBcmFromParts } from "./gas";
import type { MetricContext, MetricDefinition } from "./types";

interface Range {
  value: number;
  low: number;
  high: number;
}

interface Energy {
  oil: Range;
  gas: Range;
  inputs: Input[];
  oilRange: string;
  gasRange: string;
}

function energy(ctx: MetricContext): Energy | null {
  const y = ctx.claimPeriod.label;
  const oilMt = ctx.at("crude_annual", "russia", y, "Mt");
  const pipeline = ctx.at("gas_china", "power_of_siberia", y, "bcm");
  const lng = ctx.at("gas_china", "lng", y, "Mt");
  const bbl = ctx.factor("crude_bbl_per_tonne");
  const toe = ctx.factor("crude_toe_per_bbl");
  const lngF = ctx.factor("lng_bcm_per_mt");
  const mtoe = ctx.factor("gas_mtoe_per_bcm");
  if (!oilMt || !pipeline || !lng || !bbl || !toe || !lngF || !mtoe) return null;
  const oil = (b: number) => mtoeFromCrudeMt(oilMt.input.value, b, toe.value);
  const gas = (f: number) =>
    mtoeFromBcm(gasBcmFromParts(pipeline.input.value, lng.input.value, f), mtoe.value);
  return {
    oil: { value: oil(bbl.value), low: oil(bbl.low), high: oil(bbl.high) },
    gas: { value: gas(lngF.value), low: gas(lngF.low), high: gas(lngF.high) },
    inputs: [oilMt.input, pipeline.input, lng.input, bbl.input, toe.input, lngF.input, mtoe.input],
    oilRange: `the barrels-per-tonne factor's range (${bbl.low}–${bbl.high})`,
    gasRange: `the LNG factor's range (${lngF.low}–${lngF.high} bcm/Mt)`,
  };
}

export const energyMetrics: MetricDefinition[] = [
  {
    id: "crude_mtoe",
    unit: "Mtoe",
    label: (y) => `Russian crude to China in ${y}, energy`,
    formula: "Mt × barrels per tonne × toe per barrel",
    compute(ctx) {
      const e = energy(ctx);
      return e && { inputs: e.inputs, ...e.oil, rangeFrom: e.oilRange };
    },
  },
  {
    id: "gas_mtoe",
    unit: "Mtoe",
    label: (y) => `Russian gas to China in ${y}, energy`,
    formula: "(Power of Siberia bcm + LNG Mt × bcm per Mt) × Mtoe per bcm",
    compute(ctx) {
      const e = energy(ctx);
      return e && { inputs: e.inputs, ...e.gas, rangeFrom: e.gasRange };
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
        value: sharePct(e.gas.value, e.gas.value + e.oil.value),
        low: sharePct(e.gas.low, e.gas.low + e.oil.high),
        high: sharePct(e.gas.high, e.gas.high + e.oil.low),
        rangeFrom: `${e.oilRange} and ${e.gasRange}`,
      };
    },
  },
];
