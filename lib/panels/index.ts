import type { DataBundle } from "../data/bundle";
import type { Metric, Scenario } from "../metrics/types";
import { energyPanel } from "./energy";
import { europePanel } from "./europe";
import { gasPanel } from "./gas";
import { oilPanel } from "./oil";
import { savingsPanel } from "./savings";
import type { Panel } from "./types";
import { DEFAULT_VIEW, type ViewState } from "../view/state";
import { clipYears, toChange } from "../view/transform";

type PanelOptions = Pick<ViewState, "oilUnit" | "gasUnit" | "mode" | "fromYear" | "toYear">;

export function buildPanels(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
  options: PanelOptions = DEFAULT_VIEW,
): Panel[] {
  const panels = [
    oilPanel(bundle, scenario, options.oilUnit),
    gasPanel(bundle, metrics, scenario, options.gasUnit),
    savingsPanel(bundle, metrics),
    europePanel(bundle, metrics),
    energyPanel(bundle, metrics, scenario),
  ];
  return panels.map((panel) => ({
    ...panel,
    views: panel.views.map((v) => {
      const clipped = clipYears(v, options.fromYear, options.toYear);
      return options.mode === "change" ? toChange(clipped) : clipped;
    }),
  }));
}
