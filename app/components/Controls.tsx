"use client";
import type { ControlsData } from "@/lib/dashboard/controls";
import { formatShortest, formatWithUnit } from "@/lib/format";
import type { Metric, Scenario } from "@/lib/metrics/types";
import { NEARLY_FORTY_LOW_PCT } from "@/lib/metrics/nearly-forty";
import { SCENARIO_BOUNDS, type ViewState } from "@/lib/view/state";

interface ControlsProps {
  view: ViewState;
  data: ControlsData;
  metrics: Metric[];
  onChange(change: Partial<ViewState>): void;
  /**
   * A press or keyboard focus in the controls: the recompute code is fetched then (not on a
   * pointer passing over them, which a reader scrolling past does: script budget).
   */
  onReach?(): void;
}

function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

type NumericKey =
  "crudeBblPerTonne" | "lngBcmPerMt" | "nearlyFortyLowPct" | "savingsDiscountUsdPerBbl";

function Slider({
  id,
  label,
  unit,
  value,
  fallback,
  defaultLabel = "published value",
  scenario,
  onChange,
}: {
  id: NumericKey;
  label: string;
  unit: string;
  value: number | undefined;
  fallback: number | null;
  defaultLabel?: string;
  scenario: Scenario;
  onChange(s: Scenario): void;
}) {
  const b = SCENARIO_BOUNDS[id];
  const shown = value ?? fallback ?? b.min;
  const set = (v: number | undefined) => {
    const next = { ...scenario };
    if (v === undefined) delete next[id];
    else next[id] = v;
    onChange(next);
  };
  return (
    <div className="slider">
      <label htmlFor={`scenario-${id}`}>
        {label}: <output htmlFor={`scenario-${id}`}>{`${formatShortest(shown, 3)} ${unit}`}</output>
        {value === undefined && <span className="muted"> ({defaultLabel})</span>}
      </label>
      <input
        id={`scenario-${id}`}
        type="range"
        min={b.min}
        max={b.max}
        step={b.step}
        value={shown}
        onChange={(e) => set(Number(e.target.value))}
      />
      {value !== undefined && (
        <button type="button" className="link-button" onClick={() => set(undefined)}>
          Reset
        </button>
      )}
    </div>
  );
}

/** Units, view, time range and the scenario: everything here also lives in the URL. */
export function Controls({ view, data, metrics, onChange, onReach }: ControlsProps) {
  const { years, savingsEstimate: estimate } = data;
  const metric = (id: string) => metrics.find((m) => m.id === id);
  const impliedDiscount =
    metric(
      view.scenario.savingsVolume === "seaborne"
        ? "savings_implied_discount_seaborne_usd_per_bbl"
        : "savings_implied_discount_total_usd_per_bbl",
    )?.value ?? null;
  const savings = metric("savings_at_scenario_discount_usd_bn");
  const setScenario = (scenario: Scenario) => onChange({ scenario });
  return (
    <details className="controls" open onPointerDown={onReach} onFocus={onReach}>
      <summary>Units, view and scenario</summary>
      <div className="controls-grid">
        <Choice
          legend="Oil in"
          name="oil-unit"
          value={view.oilUnit}
          options={[
            ["mb/d", "million barrels a day"],
            ["Mt", "million tonnes a year"],
          ]}
          onChange={(oilUnit) => onChange({ oilUnit })}
        />
        <Choice
          legend="Gas in"
          name="gas-unit"
          value={view.gasUnit}
          options={[
            ["bcm", "billion cubic metres"],
            ["Mtoe", "million tonnes of oil equivalent"],
          ]}
          onChange={(gasUnit) => onChange({ gasUnit })}
        />
        <Choice
          legend="Values"
          name="mode"
          value={view.mode}
          options={[
            ["absolute", "as reported"],
            ["change", "change on the previous year"],
          ]}
          onChange={(mode) => onChange({ mode })}
        />
        <fieldset className="choice">
          <legend>Years on yearly charts</legend>
          <label>
            From{" "}
            <select
              value={view.fromYear ?? ""}
              onChange={(e) =>
                onChange({ fromYear: e.target.value ? Number(e.target.value) : null })
              }
            >
              <option value="">first</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            to{" "}
            <select
              value={view.toYear ?? ""}
              onChange={(e) => onChange({ toYear: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">last</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      <fieldset className="scenario">
        <legend>Scenario: change an assumption and watch every number follow</legend>
        <Slider
          id="crudeBblPerTonne"
          label="Barrels per tonne of crude"
          unit="bbl/t"
          value={view.scenario.crudeBblPerTonne}
          fallback={data.crudeBblPerTonne}
          scenario={view.scenario}
          onChange={setScenario}
        />
        <Slider
          id="lngBcmPerMt"
          label="Gas per tonne of LNG"
          unit="bcm/Mt"
          value={view.scenario.lngBcmPerMt}
          fallback={data.lngBcmPerMt}
          scenario={view.scenario}
          onChange={setScenario}
        />
        <Slider
          id="nearlyFortyLowPct"
          label="“Nearly 40%” means at least"
          unit="%"
          value={view.scenario.nearlyFortyLowPct}
          fallback={NEARLY_FORTY_LOW_PCT}
          defaultLabel="default reading"
          scenario={view.scenario}
          onChange={setScenario}
        />
        <Choice
          legend="Savings spread over"
          name="savings-volume"
          value={view.scenario.savingsVolume ?? "total"}
          options={[
            ["total", "all Russian crude"],
            ["seaborne", "seaborne crude only"],
          ]}
          onChange={(savingsVolume) => setScenario({ ...view.scenario, savingsVolume })}
        />
        <Slider
          id="savingsDiscountUsdPerBbl"
          label="Discount"
          unit="USD/bbl"
          value={view.scenario.savingsDiscountUsdPerBbl}
          fallback={impliedDiscount}
          defaultLabel="the estimate's own"
          scenario={view.scenario}
          onChange={setScenario}
        />
        <p className="muted" aria-live="polite">
          At this discount, over those barrels, China would have saved{" "}
          {formatWithUnit(savings?.value ?? null, "USD bn")} in the estimate&rsquo;s months
          {estimate ? ` (the estimate: ${formatWithUnit(estimate.value, estimate.unit)})` : ""}.
        </p>
      </fieldset>
    </details>
  );
}
