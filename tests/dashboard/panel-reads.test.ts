// Each panel lists what its builder reads (PANELS in lib/panels/index.ts); the pipeline rebuilds
// a panel only when one of those changed. These tests change everything a panel does NOT list
// and check that its output stays equal: a builder that starts reading something new fails here
// until its list says so. And everything it lists does change its output: no list is padded.
import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import type { Metric, Scenario } from "@/lib/metrics/types";
import { PANELS, type PanelOptions } from "@/lib/panels/index";
import { DEFAULT_VIEW } from "@/lib/view/state";
import { shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());
const metrics = computeMetrics(shipped);

// A value for each scenario key that differs from the published default, inside the sliders' bounds.
const SCENARIO_CHANGES: Required<Scenario> = {
  crudeBblPerTonne: 7.45,
  lngBcmPerMt: 1.31,
  nearlyFortyLowPct: 33,
  savingsVolume: "seaborne",
  savingsDiscountUsdPerBbl: 12.5,
};
const OPTION_CHANGES = { oilUnit: "Mt", gasUnit: "Mtoe" } as const;

/** Every metric value, low and high moved by 1, and its label and inputs changed. */
const moved = (m: Metric): Metric => ({
  ...m,
  value: m.value === null ? 1 : m.value + 1,
  low: m.low === null ? 1 : m.low + 1,
  high: m.high === null ? 2 : m.high + 1,
  label: `${m.label} (moved)`,
  inputs: [],
});

describe.each(PANELS.map((spec) => [spec.id, spec] as const))("the %s panel's reads", (_, spec) => {
  const options: PanelOptions = DEFAULT_VIEW;
  const base = spec.build(shipped, metrics, {}, options);
  const scenarioKeys = Object.keys(SCENARIO_CHANGES) as (keyof Scenario)[];

  it.each(scenarioKeys)("scenario key %s: listed, or the output is equal without it", (key) => {
    const out = spec.build(shipped, metrics, { [key]: SCENARIO_CHANGES[key] }, options);
    if (spec.reads.scenario.includes(key)) expect(out).not.toEqual(base);
    else expect(out).toEqual(base);
  });

  it.each(Object.keys(OPTION_CHANGES) as (keyof typeof OPTION_CHANGES)[])(
    "unit option %s: listed, or the output is equal without it",
    (key) => {
      const out = spec.build(shipped, metrics, {}, { ...options, [key]: OPTION_CHANGES[key] });
      if (spec.reads.options.includes(key)) expect(out).not.toEqual(base);
      else expect(out).toEqual(base);
    },
  );

  it("every metric it does not list can change without changing the output", () => {
    const unlisted = metrics.map((m) => (spec.reads.metrics.includes(m.id) ? m : moved(m)));
    expect(spec.build(shipped, unlisted, {}, options)).toEqual(base);
  });

  it.each(spec.reads.metrics.map((id) => [id]))("the listed metric %s changes the output", (id) => {
    const changed = metrics.map((m) => (m.id === id ? moved(m) : m));
    expect(spec.build(shipped, changed, {}, options)).not.toEqual(base);
  });
});
