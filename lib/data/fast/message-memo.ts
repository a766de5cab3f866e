// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse
// (BENCHMARKS.md, "pipeline").
//
// A file that is mostly rejected repeats the same few wrong cells (a series from another dataset,
// three rows in four, as the browser benchmark's file): the message for a cell is built once and
// shared by its rows. Plain definition: `describe(cell)` on every call;
// tests/data/fast/message-memo.test.ts holds the two equal on generated cells and limits. Measured
// gain (2026-11-30, branch fastpath, load 5–7; BENCHMARKS.md, "Session 5"): the 749,957
// unknown-series cells of the 1M-row file under crude_annual's schema, 0.17 s against 0.43 s alone,
// 1.2 against 3.3 s with the messages kept (`bench/pipeline-pieces.mjs`).

import { ownCopy } from "./own-copy";

/** `describe` remembered for short cells; bounded, so a file of distinct garbage holds nothing. */
export function memoMessages(describe: (cell: string) => string, limit = 1_000) {
  const messages = new Map<string, string>();
  return (cell: string): string => {
    // A long cell is no repeated label; keeping it would only hold memory.
    if (cell.length > 64) return describe(cell);
    let message = messages.get(cell);
    if (message === undefined) {
      message = describe(cell);
      // The cell as a key of its own: a cut of the file's text would keep that text alive.
      if (messages.size < limit) messages.set(ownCopy(cell), message);
    }
    return message;
  };
}
