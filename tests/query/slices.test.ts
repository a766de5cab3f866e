// Work in slices (lib/query/slices.ts), on a clock the test moves: where the pauses fall.
import { describe, expect, it } from "vitest";
import { drain, slicer } from "@/lib/query/slices";

/** A computation whose steps take `costs` ms each on the test's clock. */
function* costing(clock: { t: number }, costs: number[]): Generator<void, string> {
  for (const ms of costs) {
    clock.t += ms;
    yield;
  }
  return "done";
}

/** A slicer of 12 ms on the test's clock, noting the clock at each pause. */
function clocked() {
  const clock = { t: 0 };
  const pausedAt: number[] = [];
  const sliced = slicer(
    async () => void pausedAt.push(clock.t),
    () => clock.t,
    12,
  );
  return { clock, pausedAt, sliced };
}

describe("slicer", () => {
  it("pauses before a step once 12 ms have passed, never inside a step", async () => {
    const { clock, pausedAt, sliced } = clocked();
    // 30 (pause: 30 ≥ 12) · 5, 5, 5 (pause: 15 ≥ 12) · 30 (pause: 30 ≥ 12) · end.
    expect(await sliced(costing(clock, [30, 5, 5, 5, 30]))).toBe("done");
    expect(pausedAt).toEqual([30, 45, 75]);
  });

  it("shares one slice between the computations it runs", async () => {
    const { clock, pausedAt, sliced } = clocked();
    await sliced(costing(clock, [5, 5])); // 10 ms: no pause
    await sliced(costing(clock, [5, 5])); // 15 ms into the slice before its second step
    expect(pausedAt).toEqual([15]);
  });

  it("drain runs every step at once and gives the result", () => {
    const clock = { t: 0 };
    expect(drain(costing(clock, [1, 2, 3]))).toBe("done");
    expect(clock.t).toBe(6);
  });
});
