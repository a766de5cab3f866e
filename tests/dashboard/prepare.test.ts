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
});
