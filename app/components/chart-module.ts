"use client";
// The chart module (Chart.js and the panel chart), loaded once for every panel, and printing:
// printing shows every panel's chart, also of panels never scrolled to, so a chart not yet built
// is built, synchronously, before the page is laid out for print ("beforeprint" from the print
// dialog, a change of the print media query from other paths). That needs the module loaded
// already: "beforeprint" leaves no time to wait for an import.
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

type ChartModule = typeof import("./PanelChart");

let loaded: ChartModule | null = null;
/**
 * Loads the chart module (stable: useLazyModule's `load`); keeps it for printing, and says so on
 * the page (`<html data-chart-module="loaded">`), where a browser test waits for it.
 */
export const loadChart = () =>
  import("./PanelChart").then((m) => {
    document.documentElement.dataset.chartModule = "loaded";
    return (loaded = m);
  });

/** The chart module if any panel has loaded it, for a panel that must draw for print now. */
export const printableChart = (): ChartModule | null => loaded;

// How long after the load event the chart code may be fetched, if the reader has not asked for it
// sooner: past the page's own start (hydration, the first panels, a reader's first taps), so that
// on a slow phone fetching and compiling Chart.js (≈ 70 KiB gzip) does not compete with them.
const SETTLED_MS = 5_000;

/** Runs `task` once the page has loaded, settled for SETTLED_MS and the main thread is idle (at
 * once then where the browser has no requestIdleCallback: Safari). */
function whenSettledAfterLoad(task: () => void) {
  const idle = () =>
    "requestIdleCallback" in window ? window.requestIdleCallback(task, { timeout: 5_000 }) : task();
  const settle = () => setTimeout(idle, SETTLED_MS);
  if (document.readyState === "complete") settle();
  else window.addEventListener("load", settle, { once: true });
}

// The module is not fetched while the page loads (Chart.js waits for the first chart near the
// screen: BENCHMARKS.md) but once the page has loaded and settled, so that printing
// from a page never scrolled (from the browser's menu, on a phone, at an anchor) finds it. It
// costs no script over the budget: the budget counts a whole read of the page, which builds every
// chart and so loads Chart.js anyway. Until then the reader's first move of the pointer, touch or
// key fetches it at once, and Ctrl/Cmd+P before it has loaded waits for it, then prints. A failed
// load is left to the panels' own loads (with a retry).
let listening = false;
let fetching = false;
function preloadAfterLoad() {
  if (listening) return;
  listening = true;
  const preload = () => {
    if (fetching) return;
    fetching = true;
    window.removeEventListener("pointermove", preload);
    window.removeEventListener("pointerdown", preload);
    void loadChart().catch(() => (fetching = false));
  };
  window.addEventListener("pointermove", preload, { passive: true });
  window.addEventListener("pointerdown", preload, { passive: true });
  whenSettledAfterLoad(preload);
  window.addEventListener("keydown", (e) => {
    preload();
    if (loaded || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "p") return;
    e.preventDefault();
    loadChart().then(
      () => window.print(),
      () => window.print(),
    );
  });
}

/** Whether the page is being printed (true from the first "beforeprint" on: charts stay built). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    preloadAfterLoad();
    const onPrint = () => flushSync(() => setPrinting(true));
    const print = window.matchMedia("print");
    const onMedia = (e: MediaQueryListEvent) => e.matches && onPrint();
    window.addEventListener("beforeprint", onPrint);
    print.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", onPrint);
      print.removeEventListener("change", onMedia);
    };
  }, []);
  return printing;
}
