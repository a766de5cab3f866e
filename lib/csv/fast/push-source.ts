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
// Measured gain: session 5 found none in time that stood out of the noise, and kept it for memory
// and for the upload (a File is read in slices: progress, cancel, a heap of at most 4× the file;
// papaparse's own File reader would cut mid-character, mholt/PapaParse#751). That reading went
// through papaparse's own string chunking, which holds every piece until the last is parsed
// (parseInChunks below). Session 8 (BENCHMARKS.md) hands the pieces over as a stream instead: the
// pieces alone took 1.2 s against papaparse's 2.3 s for the whole text, where they had taken
// 1.4–1.6× it, and the Node pipeline went from 2.76× papaparse to 1.87× (the recorded runs).
import Papa from "papaparse";

/**
 * The minimal Node-style readable papaparse's stream reader accepts: its `chunk` callback then
 * runs for every piece pushed, synchronously, with the unfinished last row carried over. Used by
 * readCsvStream, whose text comes from a Blob read in slices.
 *
 * `lineFeedsTo(cursor)`: the line feeds in the text pushed, from where the last call stopped to
 * `cursor` (papaparse's `meta.cursor`: the end of the rows a chunk gave), what the collector
 * checks its count of line breaks in cells against (cell-line-feeds.ts); `undefined` once the
 * input has ended, since the last chunk's last record may end without one. Each character is
 * searched once, and a piece is let go once the cursor has passed it.
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
  // The pieces pushed whose line feeds are not all counted yet, and where the first one starts.
  const pieces: string[] = [];
  let piecesFrom = 0;
  let countedTo = 0;
  let ended = false;
  const lineFeedsTo = (cursor: number): number | undefined => {
    if (ended) return undefined;
    let n = 0;
    while (countedTo < cursor && pieces.length > 0) {
      const piece = pieces[0]!;
      const to = Math.min(piece.length, cursor - piecesFrom);
      for (
        let at = piece.indexOf("\n", countedTo - piecesFrom);
        at !== -1 && at < to;
        at = piece.indexOf("\n", at + 1)
      ) {
        n += 1;
      }
      countedTo = piecesFrom + to;
      if (to === piece.length) {
        pieces.shift();
        piecesFrom += piece.length;
      }
    }
    return n;
  };
  return {
    source: source as unknown as NodeJS.ReadableStream,
    push: (text: string) => {
      pieces.push(text);
      listeners.get("data")?.(text);
    },
    end: () => {
      ended = true;
      listeners.get("end")?.();
    },
    lineFeedsTo,
  };
}

/**
 * Parses a whole string `chunkSize` characters at a time, each piece's rows and errors handed to
 * `take` before the next piece is parsed. The pieces go through pushSource, papaparse's stream
 * reader, and not through its own string chunking (`chunkSize` with a string input): that one
 * calls itself once per piece (StringStreamer._nextChunk → parseChunk → _nextChunk), so every
 * piece's frames stay on the stack, with what they hold, until the last piece is parsed: 300,000
 * generated rows (18 MB of text) left 134 MB alive after a collection, against 1 MB pushed, and
 * the collector copied it all. The 1M-row bench file's pieces in Node: 1.5 s against 4.2 s
 * (medians of 5 rounds, interleaved, load 5; BENCHMARKS.md, "Session 8").
 */
export function parseInChunks(
  text: string,
  config: Papa.ParseConfig<string[]>,
  chunkSize: number,
  take: (rows: string[][], errors: Papa.ParseError[], textLineFeeds?: number) => void,
): void {
  const { source, push, end, lineFeedsTo } = pushSource();
  Papa.parse<string[]>(source, {
    ...config,
    chunk: (results: Papa.ParseResult<string[]>) =>
      take(results.data, results.errors, lineFeedsTo(results.meta.cursor)),
    // Everything happens in `chunk`; the types want a `complete` for a stream input.
    complete() {},
  });
  for (let at = 0; at < text.length; at += chunkSize) push(text.slice(at, at + chunkSize));
  end();
}
