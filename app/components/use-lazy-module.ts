"use client";
// Imports a module the first time it is wanted, and keeps it. A failed import (the network went
// away, a deploy replaced the chunk) comes back as an error value for the caller to show with a
// retry, instead of a thrown error that would take the whole page down.
import { useCallback, useEffect, useState } from "react";
import { withTimeout } from "@/lib/dashboard/timeout";

export interface LazyModule<T> {
  module: T | null;
  error: Error | null;
  retry(): void;
}

/** `load` must be stable: a module-level `() => import("…")`. */
export function useLazyModule<T extends object>(
  load: () => Promise<T>,
  wanted: boolean,
): LazyModule<T> {
  const [module, setModule] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || module) return;
    let current = true;
    // A request that never answers (a stalled connection) is a failure too, with a retry.
    withTimeout(load, "This part of the page").then(
      (loaded) => {
        if (!current) return;
        setModule(loaded);
        setError(null);
      },
      (err: unknown) => current && setError(err instanceof Error ? err : new Error(String(err))),
    );
    return () => {
      current = false;
    };
  }, [load, wanted, module, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { module, error, retry };
}
