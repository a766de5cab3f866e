import type { MetricId } from "../metrics/ids";
import type { DataBundle } from "../data/bundle";
import type { Metric, Scenario } from "../metrics/types";
import { energyPanel } from "./energy";
import { europePanel } from "./europe";
import { gasPanel } from "./gas";
import { oilPanel } from "./oil";
import { savingsPanel } from "./savings";
import type { DraftPanel, Panel } from "./types";
import { DEFAULT_VIEW, type ViewState } from "../view/state";
import { clipYears, toChange } from "./transform";
import { describeChart } from "../chart/describe";
import { basesDrawn } from "./bases";

export type PanelOptions = Pick<ViewState, "oilUnit" | "gasUnit" | "mode" | "fromYear" | "toYear">;
/** The options every panel's views go through after they are built (`finishPanel`). */
export type FinishOptions = Pick<PanelOptions, "mode" | "fromYear" | "toYear">;

/**
 * One panel: its builder, and everything the builder reads besides the bundle. The dashboard's
 * pipeline (lib/dashboard/pipeline.ts) rebuilds a panel only when one of these changed: the LNG
 * factor rebuilds the gas and energy panels, not the oil panel.
 * `tests/dashboard/panel-reads.test.ts` changes every scenario key, unit and metric a panel does
 * NOT list and checks that its output stays equal, so a builder that starts reading something new
 * fails there until it is listed here.
 */
export interface PanelSpec {
  id: string;
  reads: {
    scenario: readonly (keyof Scenario)[];
    options: readonly ("oilUnit" | "gasUnit")[];
    metrics: readonly MetricId[];
  };
  build(
    bundle: DataBundle,
    metrics: readonly Metric[],
    scenario: Scenario,
    options: PanelOptions,
  ): DraftPanel;
}

/** The panels, in the order the page shows them. */
export const PANELS: readonly PanelSpec[] = [
  {
    id: "oil",
    reads: { scenario: ["crudeBblPerTonne"], options: ["oilUnit"], metrics: [] },
    build: (bundle, _metrics, scenario, options) => oilPanel(bundle, scenario, options.oilUnit),
  },
  {
    id: "gas",
    reads: {
      scenario: ["lngBcmPerMt"],
      options: ["gasUnit"],
      metrics: [
        "gas_base_implied_bcm",
        "gas_total_from_parts_bcm",
        "lng_factor_implied_by_article",
      ],
    },
    build: (bundle, metrics, scenario, options) =>
      gasPanel(bundle, metrics, scenario, options.gasUnit),
  },
  {
    id: "savings",
    reads: {
      scenario: [],
      options: [],
      metrics: [
        "savings_implied_discount_total_usd_per_bbl",
        "savings_implied_discount_seaborne_usd_per_bbl",
      ],
    },
    build: (bundle, metrics) => savingsPanel(bundle, metrics),
  },
  {
    id: "europe",
    reads: {
      scenario: [],
      options: ["gasUnit"],
      metrics: ["europe_pipeline_lost_bcm", "pos_replaced_share_pct"],
    },
    build: (bundle, metrics, _scenario, options) => europePanel(bundle, metrics, options.gasUnit),
  },
  {
    id: "energy",
    reads: {
      scenario: ["crudeBblPerTonne", "lngBcmPerMt"],
      options: [],
      metrics: ["gas_share_of_energy_pct"],
    },
    build: (bundle, metrics, scenario) => energyPanel(bundle, metrics, scenario),
  },
];

/** A built panel's views with the reader's range and mode applied, described and legended. */
export function finishPanel(panel: DraftPanel, options: FinishOptions): Panel {
  return {
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
  };
}

export function buildPanels(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
  options: PanelOptions = DEFAULT_VIEW,
): Panel[] {
  return PANELS.map((spec) => finishPanel(spec.build(bundle, metrics, scenario, options), options));
}
