import { afterEach, describe, expect, it, vi } from "vitest";
import { LOAD_TIMEOUT_MS, withTimeout } from "@/lib/dashboard/timeout";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fetch that never answers until its signal is aborted, as a stalled connection does. */
function hangingFetch() {
  return vi.fn((_url: string, init?: { signal?: AbortSignal }) => {
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
    });
  });
}

describe("a load that hangs ends as an error the page can show", () => {
  it("rejects after the time given, naming what did not arrive and how long it waited", async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const loading = withTimeout(
      (s) => {
        signal = s;
        return new Promise<never>(() => {});
      },
      "The published data",
      2_000,
    );
    const settled = expect(loading).rejects.toThrow(
      "The published data did not arrive within 2 s; the connection may be down or very slow",
    );
    await vi.advanceTimersByTimeAsync(1_999);
    expect(signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(signal!.aborted).toBe(true);
  });

  it("passes on the value or the error of a load that answers in time", async () => {
    await expect(withTimeout(() => Promise.resolve(42), "x", 1_000)).resolves.toBe(42);
    await expect(
      withTimeout(() => Promise.reject(new Error("answered 503")), "x", 1_000),
    ).rejects.toThrow("answered 503");
  });

  it("waits 30 s by default", () => {
    expect(LOAD_TIMEOUT_MS).toBe(30_000);
  });

  it("the published data: a hung fetch fails after 30 s, and the next call fetches again", async () => {
    vi.useFakeTimers();
    const fetch = hangingFetch();
    vi.stubGlobal("fetch", fetch);
    const { loadPublishedBundle } = await import("@/app/components/published-bundle");
    const first = expect(loadPublishedBundle()).rejects.toThrow(
      "The published data (/data/bundle.json) did not arrive within 30 s",
    );
    await vi.advanceTimersByTimeAsync(30_000);
    await first;
    void loadPublishedBundle().catch(() => {});
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]![0]).toBe("/data/bundle.json");
    await vi.advanceTimersByTimeAsync(30_000);
  });
});
