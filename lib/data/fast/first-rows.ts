// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse
// (BENCHMARKS.md, "pipeline"). Plain definition: a Map from each key to its first row;
// tests/data/fast/first-rows.test.ts holds the two equal on generated key sequences (word and
// bitset edges, strings, non-integers). Measured gain (2026-11-30, branch fastpath, load 6–7;
// BENCHMARKS.md, "Session 5"): the 994,213 keys of the 1M-row benchmark file, 0.4 s less than the
// Map, its collection included (`bench/pipeline-pieces.mjs`: 0.62 against 1.05 s; alone, 0.10
// against 0.48 s).
//
// The row each key was first seen on, for the duplicate-key check. A million accepted rows mean a
// million lookups in a table too big for the processor's caches; most files have no duplicate at
// all, so integer keys are first looked up in a bitset (a bit per possible key, about 270 KB for a
// tidy dataset) and the rows kept in a plain log. Only when a key comes back is the log turned into
// a Map, once, so that its first row can be named.

/** Returns the first row of `key` when it was seen before; otherwise records `row` for it. */
export type FirstRowOf = (key: string | number, row: number) => number | undefined;

/** A copy of `array` at least `length` long (doubling, so that growing is rare). */
function grown<A extends Uint32Array | Int32Array>(array: A, length: number): A {
  const copy = new (array.constructor as new (n: number) => A)(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}

// Keys past this would make the bitset itself big (8 MB here): they go to the Map instead.
const BITSET_KEYS = 2 ** 26;

/** Integer keys (non-negative, below BITSET_KEYS) take the bitset path; any other key the Map. */
export function createFirstRows(): FirstRowOf {
  let seen = new Uint32Array(1024);
  let loggedKeys = new Int32Array(1024);
  let loggedRows = new Int32Array(1024);
  let logged = 0;
  let firstRows: Map<string | number, number> | null = null;

  const mapped = (map: Map<string | number, number>, key: string | number, row: number) => {
    const first = map.get(key);
    if (first === undefined) map.set(key, row);
    return first;
  };
  const toMap = () => {
    const map = new Map<string | number, number>();
    for (let i = 0; i < logged; i++) map.set(loggedKeys[i]!, loggedRows[i]!);
    return map;
  };

  return (key, row) => {
    if (firstRows !== null) return mapped(firstRows, key, row);
    if (typeof key !== "number" || !(key >= 0 && key < BITSET_KEYS) || key % 1 !== 0) {
      firstRows = toMap();
      return mapped(firstRows, key, row);
    }
    const word = key >>> 5;
    const bit = 1 << (key & 31);
    if (word >= seen.length) seen = grown(seen, word + 1);
    if ((seen[word]! & bit) === 0) {
      seen[word] = seen[word]! | bit;
      if (logged === loggedKeys.length) {
        loggedKeys = grown(loggedKeys, logged + 1);
        loggedRows = grown(loggedRows, logged + 1);
      }
      loggedKeys[logged] = key;
      loggedRows[logged] = row;
      logged += 1;
      return undefined;
    }
    firstRows = toMap();
    return mapped(firstRows, key, row);
  };
}
