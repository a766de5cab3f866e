import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { createPipeline } from "@/lib/dashboard/pipeline";
import { prepareRun } from "@/lib/dashboard/prepare";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view/state";
import { shippedFiles } from "../support/data";

const shipped = buildBundle(shippedFiles());

describe("prepareRun(pipeline, bundle, view)", () => {
  it("runs the pipeline once, after a pause, for the view as it is then", async () => {
    const events: string[] = [];
    let view: ViewState = DEFAULT_VIEW;
    const moved: ViewState = { ...DEFAULT_VIEW, oilUnit: "Mt" };
    await prepareRun(
      (bundle, v: ViewState) => events.push(`run ${bundle === shipped} ${v === moved}`),
      shipped,
      () => view,
      async () => {
        events.push("pause");
        view = moved;
      },
    );
    expect(events.at(-1)).toBe("run true true");
    expect(events.filter((e) => e.startsWith("run"))).toHaveLength(1);
    expect(events.at(-2)).toBe("pause");
  });

  it("leaves the render's run of the same bundle and view nothing to compute", async () => {
    const pipeline = createPipeline();
    await prepareRun(
      pipeline,
      shipped,
      () => DEFAULT_VIEW,
      async () => {},
    );
    expect(pipeline(shipped, DEFAULT_VIEW).computed).toEqual([]);
  });

  it("runs the pipeline's steps in slices: with every slice spent, a pause after each step", async () => {
    const pipeline = createPipeline();
    // By hand from pipeline.ts and lib/panels/index.ts: metrics, checks, each panel built and
    // shown (oil, gas, savings, europe, energy), headlines, controls; "sources" ends the run.
    const steps = ["metrics", "checks"]
      .concat(
        ["oil", "gas", "savings", "europe", "energy"].flatMap((id) => [
          `panel:${id}`,
          `view:${id}`,
        ]),
      )
      .concat(["headlines", "controls"]);
    expect([...createPipeline().inSteps(shipped, DEFAULT_VIEW)]).toEqual(steps);
    let pauses = 0;
    let clock = 0;
    await prepareRun(
      pipeline,
      shipped,
      () => DEFAULT_VIEW,
      async () => void pauses++,
      // 20 ms pass between two looks at the clock: every slice is spent at once.
      () => (clock += 20),
    );
    // One pause after indexing (the shipped datasets are too small to index ahead), then one
    // before each step after a step.
    expect(pauses).toBe(1 + steps.length);
    expect(pipeline(shipped, DEFAULT_VIEW).computed).toEqual([]);
  });

  it("inSteps gives what a run gives", () => {
    const stepped = createPipeline().inSteps(shipped, DEFAULT_VIEW);
    let step = stepped.next();
    while (!step.done) step = stepped.next();
    expect(step.value).toEqual(createPipeline()(shipped, DEFAULT_VIEW));
  });
});
