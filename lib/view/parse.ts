// Reading a view from the URL (lib/view/state.ts writes it). Forgiving (a bad parameter falls back
// to its default) and never throws: a shared link with a typo still opens. In a module of its own
// because the dashboard needs it only when its address has a query (app/components/Dashboard.tsx).
import type { Scenario } from "../metrics/types";
import { DEFAULT_VIEW, SCENARIO_BOUNDS, type ViewState } from "./state";

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

function numberIn(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(text: string | null, allowed: readonly T[]): T | undefined {
  return (allowed as readonly (string | null)[]).includes(text) ? (text as T) : undefined;
}

const ID = /^[a-z0-9_-]{1,40}$/;

export function parseViewState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const b = SCENARIO_BOUNDS;
  const scenario: Scenario = {};
  const bbl = numberIn(p.get("bbl"), b.crudeBblPerTonne.min, b.crudeBblPerTonne.max);
  if (bbl !== undefined) scenario.crudeBblPerTonne = bbl;
  const lng = numberIn(p.get("lng"), b.lngBcmPerMt.min, b.lngBcmPerMt.max);
  if (lng !== undefined) scenario.lngBcmPerMt = lng;
  const nearly = numberIn(p.get("nearly"), b.nearlyFortyLowPct.min, b.nearlyFortyLowPct.max);
  if (nearly !== undefined) scenario.nearlyFortyLowPct = nearly;
  const volume = oneOf(p.get("volume"), ["total", "seaborne"] as const);
  if (volume !== undefined) scenario.savingsVolume = volume;
  const discount = numberIn(
    p.get("discount"),
    b.savingsDiscountUsdPerBbl.min,
    b.savingsDiscountUsdPerBbl.max,
  );
  if (discount !== undefined) scenario.savingsDiscountUsdPerBbl = discount;
  const year = (text: string | null) => {
    const n = numberIn(text, YEAR_MIN, YEAR_MAX);
    return n !== undefined && Number.isInteger(n) ? n : null;
  };
  let fromYear = year(p.get("from"));
  let toYear = year(p.get("to"));
  if (fromYear !== null && toYear !== null && fromYear > toYear)
    [fromYear, toYear] = [toYear, fromYear];
  const views: Record<string, string> = {};
  for (const pair of (p.get("views") ?? "").split(",")) {
    const [panel, view] = pair.split(":");
    if (panel && view && ID.test(panel) && ID.test(view)) views[panel] = view;
  }
  const panel = p.get("panel");
  return {
    oilUnit: oneOf(p.get("oil"), ["mb/d", "Mt"] as const) ?? DEFAULT_VIEW.oilUnit,
    gasUnit: oneOf(p.get("gas"), ["bcm", "Mtoe"] as const) ?? DEFAULT_VIEW.gasUnit,
    mode: oneOf(p.get("mode"), ["absolute", "change"] as const) ?? DEFAULT_VIEW.mode,
    fromYear,
    toYear,
    scenario,
    panel: panel && ID.test(panel) ? panel : null,
    views,
    tables: (p.get("tables") ?? "").split(",").filter((t) => ID.test(t)),
  };
}
