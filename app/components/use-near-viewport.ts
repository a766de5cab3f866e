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
