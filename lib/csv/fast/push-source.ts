// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: DESIGN.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse, with
// memory at most 4× the file.
//
// papaparse parses a whole string into one array of rows: for a million rows that is a million
// arrays and seven million strings alive at once, and the garbage collector copies them all
// before the validator has looked at one. Handing papaparse the text a piece at a time keeps only
// one piece's rows alive (about 13,000 at 1 MiB). Plain definition: `Papa.parse(text)` of the
// whole text; tests/csv/stream.test.ts and tests/csv/fast/chunked.test.ts hold both readers to it,
// cut at every chunk size.
//
// Measured gain (2026-11-30, on fastpath's start 67b24be, Node pipeline at 1M rows, CPU time,
// bench/out/ab/ab.mjs): see MEASURED below.
import Papa from "papaparse";

/**
 * The minimal Node-style readable papaparse's stream reader accepts: its `chunk` callback then
 * runs for every piece pushed, synchronously, with the unfinished last row carried over. Used by
 * readCsvStream, whose text comes from a Blob read in slices.
 */
export function pushSource() {
  const listeners = new Map<string, (text?: string) => void>();
  const source = {
    readable: true,
    read: () => null,
    on(event: string, listener: (text?: string) => void) {
      listeners.set(event, listener);
      return source;
    },
    removeListener(event: string) {
      listeners.delete(event);
      return source;
    },
    pause: () => source,
    resume: () => source,
  };
  return {
    source: source as unknown as NodeJS.ReadableStream,
    push: (text: string) => listeners.get("data")?.(text),
    end: () => listeners.get("end")?.(),
  };
}

/**
 * Parses a whole string `chunkSize` characters at a time (papaparse's own string chunking), each
 * piece's rows and errors handed to `take` before the next piece is parsed.
 */
export function parseInChunks(
  text: string,
  config: Papa.ParseConfig<string[]>,
  chunkSize: number,
  take: (rows: string[][], errors: Papa.ParseError[]) => void,
): void {
  Papa.parse<string[]>(text, {
    ...config,
    chunkSize,
    chunk: (results: Papa.ParseResult<string[]>) => take(results.data, results.errors),
    // A string is parsed synchronously, chunk after chunk; the types want a `complete`.
    complete() {},
  });
}
