// Length: its three readers (text, stream, head) share one papaparse config and sink.
// The only module that imports papaparse: every CSV the project reads goes through here,
// whether it comes from data/, the command line or a reader's upload.
import Papa from "papaparse";
import { decodeBlobInSlices, type Undecodable } from "./decode-chunks";
import { createCollector, type CsvRecord, type CsvSink, type CsvSyntaxError } from "./collect";
import { RFC_4180, type CsvLayout, type DetectLayout } from "./layout";
import { createLineEndNormaliser, normaliseLineEnds, type LineEndState } from "./line-ends";
import { parseInChunks, pushSource } from "./fast/push-source";

export type { CsvRecord, CsvSink, CsvSyntaxError } from "./collect";
export { isBlankRecord } from "./collect";

export interface CsvTable {
  header: CsvRecord | null;
  records: CsvRecord[];
  syntaxErrors: CsvSyntaxError[];
}

const BOM = "\uFEFF";

/** papaparse's options for a layout: no automatic typing, every field the string in the file. */
function papaConfig(layout: CsvLayout) {
  return {
    delimiter: layout.delimiter,
    escapeChar: layout.escapeChar,
    newline: "\n" as const,
    dynamicTyping: false,
    skipEmptyLines: false,
  };
}

function tableSink() {
  const table: CsvTable = { header: null, records: [], syntaxErrors: [] };
  const sink: CsvSink = {
    onHeader: (record) => (table.header = record),
    onSyntaxError: (e) => table.syntaxErrors.push(e),
    onRecord: (record) => table.records.push(record),
  };
  return { table, sink };
}

/**
 * Splits CSV text into records, keeping spreadsheet row numbers.
 * No automatic typing: every field stays the string written in the file.
 */
export function readCsvText(text: string): CsvTable {
  const { table, sink } = tableSink();
  readCsvTextTo(text, sink);
  return table;
}

/**
 * readCsvText handing each record to `sink` as it is read, a chunk at a time, so a caller that
 * keeps only what it needs (the validator) never holds a million parsed rows at once: the
 * garbage collector then has far less to copy. Chunks are cut as readCsvStream cuts them, and
 * give the same records, row numbers and syntax errors (tests/csv/stream.test.ts). `chunkSize`
 * (characters) is for tests, which cut small texts at every size (tests/csv/fast/chunked.test.ts).
 */
export function readCsvTextTo(
  text: string,
  sink: CsvSink,
  detect?: DetectLayout,
  chunkSize = STREAM_CHUNK_SIZE,
): void {
  const lineEnds: LineEndState = { quotedBreak: false };
  // Two BOMs go, as readCsvStream strips them: one there, and one papaparse strips from a string
  // (parseInChunks hands it a stream, which it leaves as it is).
  const input = normaliseLineEnds(stripBoms(text), lineEnds);
  const layout = detect ? detect(input.slice(0, HEAD_SIZE)) : RFC_4180;
  const collector = createCollector(sink, layout, lineEnds);
  parseInChunks(input, papaConfig(layout), chunkSize, collector.take);
  collector.finish();
}

/** One chunk as a table; a chunk after the first (`firstIndex` > 0) holds no header. */
export function collectTable(
  data: string[][],
  errors: Papa.ParseError[],
  firstIndex: number,
): CsvTable {
  const { table, sink } = tableSink();
  createCollector(sink, RFC_4180, undefined, firstIndex, firstIndex > 0).take(data, errors);
  return table;
}

export interface CsvStreamHandlers extends CsvSink {
  /** After each chunk parsed: bytes read so far (characters, for a string) and in all. */
  onProgress?(bytesRead: number, totalBytes: number): void;
  /** Stops the reading; no record is handed over after it aborts. */
  signal?: AbortSignal;
  /** The file is not UTF-8 and is read as Windows-1252 (said before any record). */
  onEncoding?(encoding: "windows-1252"): void;
}

export type CsvStreamEnd = { status: "complete" } | { status: "aborted" } | Undecodable;

/**
 * Characters handed to papaparse at a time. A piece's rows are validated and dropped before the
 * next piece is parsed, so a smaller piece keeps the rows alive at once within the processor's
 * caches and leaves the garbage collector less to copy. The upload's reading of the 1M-row bench
 * file in Node, interleaved (load 6): 64 KiB 3.4 s of CPU, 32 KiB 3.9, 256 KiB 4.1, 1 MiB 4.0
 * (session 5 found 3.4 against 4.5 s); BENCHMARKS.md, "Session 7".
 */
export const STREAM_CHUNK_SIZE = 64 * 1024;

/**
 * Bytes of a file read at a time. Each read of a File waits on another thread: reading and
 * decoding the 76 MB bench file in Chromium's worker took 1,055–1,105 ms in 1 MiB slices,
 * 575–728 ms in 4 MiB slices, 2.0–3.1 s in 64 KiB ones (load 5–9; BENCHMARKS.md, "Session 7").
 */
const READ_SLICE_BYTES = 4 * 1024 * 1024;

const HEAD_SIZE = 1024 * 1024;

/**
 * Up to two leading BOMs go: one stripped here, and one papaparse strips from a string it is
 * handed whole (it leaves a stream as it is).
 */
function stripBoms(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && out.startsWith(BOM); i++) out = out.slice(BOM.length);
  return out;
}

/** Hands `input` over in pieces of at most `size` (bytes of a Blob, characters of a string). */
async function eachPiece(
  input: Blob | string,
  size: number,
  onText: (text: string, bytesRead: number) => boolean,
  onEncoding?: (encoding: "windows-1252") => void,
): Promise<Undecodable | null> {
  if (typeof input !== "string") return decodeBlobInSlices(input, size, onText, onEncoding);
  for (let at = 0; at < input.length; at += size) {
    if (!onText(input.slice(at, at + size), Math.min(at + size, input.length))) break;
  }
  return null;
}

/**
 * readCsvText for a file too big to read at once: the same header, records, row numbers and
 * syntax errors, handed over as they are read. A Blob is decoded as decodeCsvBytes decodes it.
 */
export async function readCsvStream(
  input: Blob | string,
  handlers: CsvStreamHandlers,
  options: { chunkSize?: number; detect?: DetectLayout } = {},
): Promise<CsvStreamEnd> {
  // A chunkSize given (tests cut small texts at every size) is the size of both.
  const chunkSize = Math.max(1, options.chunkSize ?? STREAM_CHUNK_SIZE);
  const sliceSize = Math.max(1, options.chunkSize ?? READ_SLICE_BYTES);
  const { signal } = handlers;
  const totalBytes = typeof input === "string" ? input.length : input.size;
  const sink: CsvSink = {
    onHeader: (record) => handlers.onHeader(record),
    onSyntaxError: (e) => handlers.onSyntaxError(e),
    onRecord: (record) => {
      if (!signal?.aborted) handlers.onRecord(record);
    },
    onSkipped: handlers.onSkipped && ((...a) => handlers.onSkipped!(...a)),
    onSpan: handlers.onSpan && ((...a) => handlers.onSpan!(...a)),
  };
  const lineEnds: LineEndState = { quotedBreak: false };
  // Set from the head, before the first record is collected.
  let collector = createCollector(sink, RFC_4180, lineEnds);
  const { source, push, end, lineFeedsTo } = pushSource();
  let parser: Papa.Parser | null = null;
  // Line ends are made LF as the text arrives (see line-ends.ts), so papaparse need not guess.
  const normalise = createLineEndNormaliser(lineEnds);
  // The first megabyte is held back (or all of a smaller input) so that the BOMs in front are
  // stripped from the same text readCsvText strips them from; `null` once parsing has started.
  let head: string | null = "";

  const feed = (raw: string) => {
    const text = normalise(raw);
    for (let at = 0; at < text.length && !signal?.aborted; at += chunkSize) {
      push(text.slice(at, at + chunkSize));
    }
  };
  const startWith = (text: string) => {
    const whole = stripBoms(text);
    // The head readCsvTextTo detects from (a slice read ahead may be much longer).
    const layout = options.detect
      ? options.detect(normaliseLineEnds(whole.slice(0, HEAD_SIZE)))
      : RFC_4180;
    collector = createCollector(sink, layout, lineEnds);
    Papa.parse<string[]>(source, {
      ...papaConfig(layout),
      chunk(results, handle) {
        parser = handle;
        collector.take(results.data, results.errors, lineFeedsTo(results.meta.cursor));
        if (signal?.aborted) handle.abort();
      },
      // Everything happens in `chunk`; the types want a `complete` for a stream input.
      complete() {},
    });
    feed(whole);
  };
  const onText = (text: string, bytesRead: number) => {
    if (signal?.aborted) return false;
    if (head === null) feed(text);
    else if ((head += text).length > HEAD_SIZE) {
      startWith(head);
      head = null;
    }
    if (head === null) handlers.onProgress?.(bytesRead, totalBytes);
    return !signal?.aborted;
  };

  const undecodable = await eachPiece(input, sliceSize, onText, handlers.onEncoding);
  if (undecodable) return undecodable;
  if (!signal?.aborted) {
    if (head !== null) {
      startWith(head);
      handlers.onProgress?.(totalBytes, totalBytes);
    }
    end();
  }
  if (signal?.aborted) {
    (parser as Papa.Parser | null)?.abort();
    return { status: "aborted" };
  }
  collector.finish();
  return { status: "complete" };
}

/**
 * The first `maxRecords` records of `text` as laid out by `layout` (blank lines included, as
 * papaparse gives them), and whether a quote stood where it cannot: what the intake step tries
 * layouts with. An unclosed quote at the end is not counted, since a head cut from a larger file
 * may end inside a quoted cell.
 */
export function readHead(
  text: string,
  layout: CsvLayout,
  maxRecords: number,
): { records: string[][]; badQuotes: boolean } {
  const result = Papa.parse<string[]>(text, { ...papaConfig(layout), preview: maxRecords });
  const badQuotes = result.errors.some((e) => e.type === "Quotes" && e.code !== "MissingQuotes");
  return { records: result.data, badQuotes };
}
