// "Apply" after a comparison, without merging twice (issue 14: nothing computed twice; memory
// during an upload ≤ 4× the file). The worker merges the reader's files into the published data
// and compares the two whenever the files read or the mode change; "Apply" with the same files
// and mode used to merge and compare again, which for a million-row file doubled the worker's
// heap for a moment (BENCHMARKS.md). The last comparison's merge is kept until "Apply" takes it,
// or until the files change.
//
// Keyed by the files' ids and the mode only: the published bundle the page sends is the same for
// the page's life (published-bundle.ts fetches it once), and a file read again is `forget`-ed.

export interface MergeOnce<P, V> {
  /**
   * `compute(published, ids, mode)`, or the value kept for the same ids and mode. `keep`: hold
   * the value for a later call (a comparison); false hands it over and holds nothing ("Apply").
   */
  get(published: P, ids: readonly string[], mode: string, keep: boolean): V;
  /** Drops what is kept (a file read again or removed). */
  forget(): void;
}

export function mergeOnce<P, V>(
  compute: (published: P, ids: readonly string[], mode: string) => V,
): MergeOnce<P, V> {
  let last: { key: string; value: V } | null = null;
  return {
    get(published, ids, mode, keep) {
      const key = `${mode}\n${ids.join("\n")}`;
      const value = last?.key === key ? last.value : compute(published, ids, mode);
      last = keep ? { key, value } : null;
      return value;
    },
    forget() {
      last = null;
    },
  };
}
