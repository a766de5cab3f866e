// What the reader has chosen: units, view, time range, scenario. Lives in the URL, so a link
// reopens the same view; the URL is read by lib/view/parse.ts.
import type { Scenario } from "../metrics/types";

export type OilUnit = "mb/d" | "Mt";
export type GasUnit = "bcm" | "Mtoe";
type ValueMode = "absolute" | "change";

export interface ViewState {
  oilUnit: OilUnit;
  gasUnit: GasUnit;
  mode: ValueMode;
  /** First and last year shown on yearly charts; null = everything. */
  fromYear: number | null;
  toYear: number | null;
  scenario: Scenario;
  /** The panel the reader was looking at, and each panel's chosen view and chart/table mode. */
  panel: string | null;
  views: Record<string, string>;
  tables: string[];
}

export const DEFAULT_VIEW: ViewState = {
  oilUnit: "mb/d",
  gasUnit: "bcm",
  mode: "absolute",
  fromYear: null,
  toYear: null,
  scenario: {},
  panel: null,
  views: {},
  tables: [],
};

/** The scenario sliders' bounds, from the issue's ranges and the factor ranges in data/factors.csv. */
export const SCENARIO_BOUNDS = {
  crudeBblPerTonne: { min: 7.2, max: 7.5, step: 0.01 },
  lngBcmPerMt: { min: 1.31, max: 1.38, step: 0.005 },
  nearlyFortyLowPct: { min: 30, max: 40, step: 0.5 },
  savingsDiscountUsdPerBbl: { min: 0, max: 30, step: 0.1 },
} as const;

/** Only what differs from the defaults goes in the URL, in a fixed order, so equal views give equal links. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.oilUnit !== DEFAULT_VIEW.oilUnit) p.set("oil", state.oilUnit);
  if (state.gasUnit !== DEFAULT_VIEW.gasUnit) p.set("gas", state.gasUnit);
  if (state.mode !== DEFAULT_VIEW.mode) p.set("mode", state.mode);
  if (state.fromYear !== null) p.set("from", String(state.fromYear));
  if (state.toYear !== null) p.set("to", String(state.toYear));
  const s = state.scenario;
  if (s.crudeBblPerTonne !== undefined) p.set("bbl", String(s.crudeBblPerTonne));
  if (s.lngBcmPerMt !== undefined) p.set("lng", String(s.lngBcmPerMt));
  if (s.nearlyFortyLowPct !== undefined) p.set("nearly", String(s.nearlyFortyLowPct));
  if (s.savingsVolume !== undefined) p.set("volume", s.savingsVolume);
  if (s.savingsDiscountUsdPerBbl !== undefined)
    p.set("discount", String(s.savingsDiscountUsdPerBbl));
  const views = Object.entries(state.views).sort(([a], [b]) => a.localeCompare(b));
  if (views.length) p.set("views", views.map(([k, v]) => `${k}:${v}`).join(","));
  if (state.tables.length) p.set("tables", [...state.tables].sort().join(","));
  if (state.panel) p.set("panel", state.panel);
  // URLSearchParams escapes ":" and "," and "/"; they are safe in a query, and readable links are shareable links.
  return p.toString().replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%2F/g, "/");
}
