// A load that never answers (a stalled connection, a proxy holding the request) must end as an
// error the page can show with "Try again", not as a dashboard that says "computing" for ever
// (issue 12, item 9). Used for the recompute code and the published data the controls need.

/** How long a load may take before it is reported as failed: 30 s, a slow phone on 3G included. */
export const LOAD_TIMEOUT_MS = 30_000;

/**
 * `start(signal)` raced against `ms` milliseconds. When the time is up the signal is aborted
 * (a fetch given it stops) and the promise rejects with an Error whose message names `what` and
 * the time waited. Shapes: `what` is a noun for a reader ("the published data"); `ms` > 0.
 */
export function withTimeout<T>(
  start: (signal: AbortSignal) => Promise<T>,
  what: string,
  ms: number = LOAD_TIMEOUT_MS,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(
        `${what} did not arrive within ${ms / 1000} s; the connection may be down or very slow`,
      );
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([start(controller.signal), timeout]).finally(() => clearTimeout(timer));
}
