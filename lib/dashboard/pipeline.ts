// The dashboard's one pipeline, in the order it runs: the bundle's rows → metrics → checks →
// panels (built, then the reader's range and mode applied) → headlines, with the controls' data
// and the sources the metrics cite. The server runs it once for the first view
// (`computeDashboard`); the browser keeps one pipeline and runs it on every change.
//
// Each step remembers what it was computed from and runs again only when that changed, so a
// control's work is proportional to what it changes (issue 14; budget: a control answers within
// 100 ms at 4× CPU slowdown, measured by `npm run bench -- --only interaction`):
// - metrics and checks are computed whole (their modules offer no finer entry) when the bundle or
//   the scenario changed, then every metric and check equal to the last run's is replaced by the
//   last run's object, so the steps after them see which ones really changed;
// - a panel is rebuilt only when the bundle, or a scenario key, unit or metric it lists in its
//   `reads` (lib/panels/index.ts) changed; its range and mode are applied only when the built
//   panel or the range or mode changed;
// - every list handed on is the same list (`===`) when it holds the same objects, so React
//   components memoised on them do not render again.
// `computed` names what a run did: the tests assert on it, never on time.
import { computeChecks } from "../checks/registry";
import type { Check } from "../checks/types";
import type { DataBundle } from "../data/bundle";
import { computeMetrics } from "../metrics/registry";
import type { Metric, Scenario } from "../metrics/types";
import { buildHeadlines } from "../panels/headlines";
import { finishPanel, PANELS, type PanelOptions } from "../panels/index";
import type { DraftPanel, Panel } from "../panels/types";
import { controlsData } from "./controls";
import { equalData, keepEqual, keepSame } from "./keep";
import { sourcesCited, type DashboardModel, type PanelSection } from "./model";
import { drain } from "../query/slices";

interface PipelineResult extends DashboardModel<Panel> {
  sections: PanelSection[];
  /**
   * What this run computed, in order: "metrics", "checks", "panel:<id>" (built), "view:<id>"
   * (range and mode applied), "headlines", "controls", "sources". Empty when nothing changed.
   */
  computed: string[];
}

/** What the pipeline reads of the reader's view. */
type PipelineView = PanelOptions & { scenario: Scenario };

export interface Pipeline {
  (bundle: DataBundle, view: PipelineView): PipelineResult;
  /**
   * The same run, pausing (`yield`, with the name of the step just computed) after each step that
   * computed anything: metrics, checks, each panel, headlines, controls. Run in slices
   * (lib/dashboard/prepare.ts), no task holds more than one step (issue 14: "Apply" without a
   * main-thread task over 100 ms; a reader's quarter of a million rows made the whole run one
   * task of 92–98 ms, BENCHMARKS.md "Session 9").
   */
  inSteps(bundle: DataBundle, view: PipelineView): Generator<string, PipelineResult>;
  /** Lets go of everything remembered (the reader removed their data: its memory goes back). */
  forget(): void;
}

/** One remembered step: its inputs (compared with `===`) and its value. */
class Step<V> {
  private inputs: readonly unknown[] | null = null;
  private value: V | undefined;

  constructor(private readonly name: string) {}

  forget() {
    this.inputs = null;
    this.value = undefined;
  }

  get(inputs: readonly unknown[], computed: string[], compute: (last: V | undefined) => V): V {
    const same =
      this.inputs !== null &&
      this.inputs.length === inputs.length &&
      this.inputs.every((x, i) => Object.is(x, inputs[i]));
    if (!same) {
      computed.push(this.name);
      this.value = compute(this.value);
      this.inputs = inputs;
    }
    return this.value as V;
  }
}

const equalItems = (a: PanelSection, b: PanelSection) =>
  a.panel === b.panel && a.metrics === b.metrics && a.checks === b.checks;

/** A pipeline with its own memory: each instance remembers only its own last run. */
export function createPipeline(): Pipeline {
  let lastScenario: Scenario | null = null;
  const metricsStep = new Step<Metric[]>("metrics");
  const checksStep = new Step<Check[]>("checks");
  const built = new Map(PANELS.map((p) => [p.id, new Step<DraftPanel>(`panel:${p.id}`)]));
  const shown = new Map(PANELS.map((p) => [p.id, new Step<Panel>(`view:${p.id}`)]));
  const headlinesStep = new Step<DashboardModel["headlines"]>("headlines");
  const controlsStep = new Step<DashboardModel["controls"]>("controls");
  const sourcesStep = new Step<DashboardModel["metricSources"]>("sources");
  let lastPanels: Panel[] | null = null;
  let lastSections: PanelSection[] | null = null;

  const steps = [
    metricsStep,
    checksStep,
    ...built.values(),
    ...shown.values(),
    headlinesStep,
    controlsStep,
    sourcesStep,
  ];

  function* inSteps(bundle: DataBundle, view: PipelineView): Generator<string, PipelineResult> {
    const computed: string[] = [];
    // A pause after a step that computed: the step's name, when `computed` has grown.
    let told = 0;
    function* pause(): Generator<string, void> {
      while (told < computed.length) yield computed[told++]!;
    }
    // An equal scenario is the same scenario: the steps below compare their inputs with `===`.
    const scenario =
      lastScenario !== null && equalData(lastScenario, view.scenario)
        ? lastScenario
        : view.scenario;
    lastScenario = scenario;

    const metrics = metricsStep.get([bundle, scenario], computed, (last) =>
      keepEqual(last ?? null, computeMetrics(bundle, scenario)),
    );
    yield* pause();
    const checks = checksStep.get([bundle, metrics, scenario], computed, (last) =>
      keepEqual(last ?? null, computeChecks(bundle, metrics, scenario)),
    );
    yield* pause();
    const metricById = new Map(metrics.map((m) => [m.id, m]));
    const shownPanels: Panel[] = [];
    for (const spec of PANELS) {
      const inputs = [
        bundle,
        ...spec.reads.scenario.map((key) => scenario[key]),
        ...spec.reads.options.map((key) => view[key]),
        ...spec.reads.metrics.map((id) => metricById.get(id)),
      ];
      const draft = built
        .get(spec.id)!
        .get(inputs, computed, () => spec.build(bundle, metrics, scenario, view));
      shownPanels.push(
        shown
          .get(spec.id)!
          .get([draft, view.mode, view.fromYear, view.toYear], computed, () =>
            finishPanel(draft, view),
          ),
      );
      yield* pause();
    }
    const panels = keepSame(lastPanels, shownPanels);
    lastPanels = panels;
    const sections = keepSame(
      lastSections,
      panels.map((panel, i) => {
        const last = lastSections?.[i];
        const explained = {
          panel,
          metrics: keepSame(
            last?.metrics ?? null,
            metrics.filter((m) => panel.metricIds.includes(m.id)),
          ),
          checks: keepSame(
            last?.checks ?? null,
            checks.filter((c) => panel.checkIds.includes(c.id)),
          ),
        };
        return last && equalItems(last, explained) ? last : explained;
      }),
    );
    lastSections = sections;
    const headlines = headlinesStep.get([bundle, checks, metrics], computed, (last) =>
      keepEqual(last ?? null, buildHeadlines(bundle, checks, metrics)),
    );
    yield* pause();
    const controls = controlsStep.get([bundle], computed, () => controlsData(bundle));
    yield* pause();
    const metricSources = sourcesStep.get([bundle, metrics], computed, (last) =>
      keepSame(last ?? null, sourcesCited(bundle, metrics)),
    );
    return { metrics, checks, headlines, panels, sections, controls, metricSources, computed };
  }
  const run = (bundle: DataBundle, view: PipelineView): PipelineResult =>
    drain(inSteps(bundle, view));
  const forget = () => {
    for (const step of steps) step.forget();
    lastScenario = null;
    lastPanels = null;
    lastSections = null;
  };
  return Object.assign(run, { inSteps, forget });
}
