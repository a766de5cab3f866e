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
import { describeChart } from "../chart/describe";
import { basesDrawn } from "./bases";

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
      // Change first, then clip: the first year shown keeps its change on the year before it.
      const shown = clipYears(
        options.mode === "change" ? toChange(v) : v,
        options.fromYear,
        options.toYear,
      );
      return {
        ...shown,
        description: `${describeChart(shown.chart)} ${shown.context}`,
        bases: basesDrawn(shown.chart, shown.rows),
      };
    }),
  }));
}
