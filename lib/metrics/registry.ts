// Every derived metric, in the order the methodology page lists them. The CLI, metrics.csv,
// the panels and the methodology page all render from computeMetrics.
import type { DataBundle } from "../data/bundle";
import { createContext } from "./context";
import { energyMetrics } from "./energy";
import { europeMetrics } from "./europe";
import { gasMetrics } from "./gas";
import { oilMetrics } from "./oil";
import { savingsMetrics } from "./savings";
import type { Metric, MetricDefinition, Scenario } from "./types";

export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  ...oilMetrics,
  ...gasMetrics,
  ...energyMetrics,
  ...savingsMetrics,
  ...europeMetrics,
];

/** Drops binary floating-point noise (781.1000000000001) without rounding real digits. */
export function cleanFloat(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return Number(x.toPrecision(12));
}

export function computeMetrics(bundle: DataBundle, scenario: Scenario = {}): Metric[] {
  const ctx = createContext(bundle, scenario);
  return METRIC_DEFINITIONS.map((def) => {
    const result = def.compute(ctx);
    return {
      id: def.id,
      label: def.label(ctx.year),
      unit: def.unit,
      // A fallback to another period is part of how the number was computed: it goes in the
      // formula text too, so every export that carries the formula carries the flag.
      formula: [def.formula, ...(result?.flags ?? []).map((f) => `[fallback: ${f}]`)].join(" "),
      note: def.note ?? "",
      rangeFrom: result?.rangeFrom ?? "",
      flags: result?.flags ?? [],
      inputs: result?.inputs ?? [],
      // Without a value there is nothing for a range to surround: a stated 0 has rounding bounds
      // (±0.5), but a ratio over it is undefined, and so are its ends.
      ...(cleanFloat(result?.value ?? null) === null
        ? { value: null, low: null, high: null }
        : {
            value: cleanFloat(result!.value),
            low: cleanFloat(result!.low),
            high: cleanFloat(result!.high),
          }),
    };
  });
}
