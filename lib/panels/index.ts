import type { DataBundle } from "../data/bundle";
import type { Metric, Scenario } from "../metrics/types";
import { energyPanel } from "./energy";
import { europePanel } from "./europe";
import { gasPanel } from "./gas";
import { oilPanel } from "./oil";
import { savingsPanel } from "./savings";
import type { Panel } from "./types";

export function buildPanels(bundle: DataBundle, metrics: readonly Metric[], scenario: Scenario = {}): Panel[] {
  return [
    oilPanel(bundle, scenario),
    gasPanel(bundle, metrics, scenario),
    savingsPanel(bundle, metrics),
    europePanel(bundle, metrics),
    energyPanel(bundle, metrics, scenario),
  ];
}
