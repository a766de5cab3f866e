"use client";
// Whether an element has come within `margin` of the screen, once: what is far below the fold
// (a chart, the upload) is built when the reader scrolls towards it, not while the page loads.
import { useEffect, useState } from "react";

export function useNearViewport(
  ref: React.RefObject<Element | null>,
  margin = "300px",
  enabled = true,
): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || near || !element) return;
    // Without IntersectionObserver nothing would ever load: build it now instead.
    if (typeof IntersectionObserver === "undefined") {
      setNear(true); // eslint-disable-line react-hooks/set-state-in-effect
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, enabled, near]);
  return near;
}

/**
 * Whether an element is within `margin` of the screen now (unlike useNearViewport, this goes
 * back to false when it leaves). Before the first observation it is taken as on screen, so
 * nothing waits on it. For work that only matters while seen: a chart off screen is redrawn when
 * it comes back, not on every change of a control far above it (issue 14: controls ≤ 100 ms).
 */
export function useOnScreen(ref: React.RefObject<Element | null>, margin = "200px"): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => setOnScreen(entries[entries.length - 1]!.isIntersecting),
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}
