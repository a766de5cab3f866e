// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse, with
// memory at most 4× the file.
//
// papaparse parses a whole string into one array of rows: for a million rows that is a million
// arrays and seven million strings alive at once, and the garbage collector copies them all before
// the validator has looked at one. Handing papaparse the text a piece at a time keeps only one
// piece's rows alive (about 850 at 64 KiB, read.ts STREAM_CHUNK_SIZE). Plain definition: `Papa.parse(text)` of the whole
// text; tests/csv/stream.test.ts and tests/csv/fast/chunked.test.ts hold both readers to it, cut at
// every chunk size.
//
// Measured gain (2026-11-30, branch fastpath, load 5–8; BENCHMARKS.md, "Session 5"): in time, none
// that stands out of the noise. The validator fed from 64 KiB, 256 KiB and 1 MiB pieces and from
// one parse of the whole text took 3.4, 4.0, 4.5 and 3.6 s of CPU (medians of 4, interleaved); the
// whole pipeline with one parse of the whole text 5.2 against 7.3 s and 8.2 against 12.2 s in two
// runs, 6.0–7.2 against 4.0–5.2 s in a third (profiled: garbage collection 39 % against 29 %). It
// stays for memory and for the upload: a File is read in slices (progress, cancel, a heap of at
// most 4× the file), which papaparse's own File reader would cut mid-character
// (mholt/PapaParse#751). Session 7 (BENCHMARKS.md) measured the pieces again in Node, 64 KiB
// 3.4 s of CPU against 4.0 s at 1 MiB, and made 64 KiB the size; the file itself is read in
// larger slices (read.ts READ_SLICE_BYTES).
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
