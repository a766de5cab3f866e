// Work done in slices, so that no single task of the page's does it all (issue 14: "Apply" of a
// reader's file without a main-thread task over 100 ms). A computation that can pause is a
// generator, which yields where a slice may end: `drain` runs it to its end at once, `slicer`
// in slices with a pause between them.

/** Runs a pausing computation to its end at once. */
export function drain<T, Y = void>(steps: Generator<Y, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Work per task: well within the 100 ms budget, on a slow phone too. */
const SLICE_MS = 12;

/**
 * A runner of pausing computations that share one slice: before each step, once `sliceMs` have
 * passed since the slice began, it awaits `pause` (where the page gives the browser a turn) and
 * begins a new slice. A step is never cut: the longest slice is `sliceMs` plus one step.
 * `now`: a clock in milliseconds.
 */
export function slicer(
  pause: () => Promise<void>,
  now: () => number = () => performance.now(),
  sliceMs = SLICE_MS,
) {
  let sliceStart = now();
  return async function sliced<T, Y>(steps: Generator<Y, T>): Promise<T> {
    let step = steps.next();
    while (!step.done) {
      if (now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = now();
      }
      step = steps.next();
    }
    return step.value;
  };
}
