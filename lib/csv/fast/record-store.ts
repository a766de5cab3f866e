// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", memory
// at most 4× the file during a reader's upload.
//
// The upload worker keeps rejected records while it writes the rejected rows' CSV (the file read
// again when the reader asks for it), and a wide table's records until it is read as one row per
// period. As papaparse gives them, each record is an array of strings, and each string of 13
// characters or more is a slice that keeps the whole 1 MiB piece of text it was cut from alive.
// Here a block of records is its cells run together as UTF-8 bytes (as in the file: one byte a
// character for most text, where a JavaScript string with one "–" in it takes two for every
// character) with each cell's length in a typed array; a record is cut out again when read.
//
// Plain definition: an array of the records as pushed. tests/csv/fast/record-store.test.ts holds
// both equal, record by record, over generated records (empty cells, long cells, ragged rows,
// any UTF-16 text). Measured gain (Node 20, 2026-11-30; BENCHMARKS.md, "Session 6"): the 754,903
// rejected records of the upload bench's 1M-row file (76 MB) held 321 MB as arrays, 70 MB here
// (heap and ArrayBuffers).
import type { CsvRecord } from "../collect";
import { ownCopy } from "../../data/fast/own-copy";

/** Records a block holds before its cells are run together. */
const BLOCK_RECORDS = 1024;

interface Block {
  /** Every cell of the block's records, in order, run together: as UTF-8, or as a string. */
  text: Uint8Array | string;
  rows: Uint32Array;
  /** Record i's cells are lengths[cellEnds[i - 1] ?? 0 .. cellEnds[i]]. */
  cellEnds: Uint32Array;
  /** Each cell's length in UTF-16 code units (a JavaScript string's length). */
  lengths: Uint16Array | Uint32Array;
}

const encoder = new TextEncoder();
// A lone surrogate (text a JavaScript string can hold but UTF-8 cannot) must come back as it was
// pushed: a block with one keeps its text as a string. No text decoded from a file has one.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * CSV records kept compactly, in the order pushed. Reading gives new `CsvRecord` objects equal to
 * those pushed (same `row`, same `fields`), not the same objects.
 */
export class RecordStore implements Iterable<CsvRecord> {
  #blocks: Block[] = [];
  #cells: string[] = [];
  #rows: number[] = [];
  #cellEnds: number[] = [];
  #count = 0;
  #widest = 0;
  #inFileOrder = true;
  #lastRow = -Infinity;

  static of(records: Iterable<CsvRecord>): RecordStore {
    const store = new RecordStore();
    for (const record of records) store.push(record);
    return store;
  }

  /** How many records were pushed. */
  get length(): number {
    return this.#count;
  }

  /** The most cells any record has (0 for none). */
  get widest(): number {
    return this.#widest;
  }

  /** Whether every record's row is above the one before it. */
  get inFileOrder(): boolean {
    return this.#inFileOrder;
  }

  push(record: CsvRecord): void {
    const { row, fields } = record;
    if (row <= this.#lastRow) this.#inFileOrder = false;
    this.#lastRow = row;
    if (fields.length > this.#widest) this.#widest = fields.length;
    for (const cell of fields) this.#cells.push(cell);
    this.#rows.push(row);
    this.#cellEnds.push(this.#cells.length);
    this.#count += 1;
    if (this.#rows.length === BLOCK_RECORDS) this.#blocks.push(this.#seal());
  }

  /** The records in the order pushed. */
  *[Symbol.iterator](): Iterator<CsvRecord> {
    for (const block of this.#blocks) yield* recordsOf(block);
    // The block being filled is read as it stands; it stays open for more records.
    if (this.#rows.length > 0) yield* recordsOf(this.#block());
  }

  /** The records' row numbers in the order pushed, without cutting out their cells. */
  *rows(): Generator<number> {
    for (const block of this.#blocks) yield* block.rows;
    yield* this.#rows;
  }

  #block(): Block {
    const text = this.#cells.join("");
    const longest = this.#cells.reduce((n, cell) => Math.max(n, cell.length), 0);
    const count = this.#cells.length;
    const lengths = longest <= 0xffff ? new Uint16Array(count) : new Uint32Array(count);
    this.#cells.forEach((cell, i) => (lengths[i] = cell.length));
    return {
      // ownCopy: join alone gives back a lone non-empty cell, a cut of the file's text.
      text: LONE_SURROGATE.test(text) ? ownCopy(text) : encoder.encode(text),
      rows: Uint32Array.from(this.#rows),
      cellEnds: Uint32Array.from(this.#cellEnds),
      lengths,
    };
  }

  #seal(): Block {
    const block = this.#block();
    this.#cells = [];
    this.#rows = [];
    this.#cellEnds = [];
    return block;
  }
}

// ignoreBOM keeps a leading U+FEFF a cell may begin with, which decoding would otherwise drop.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

function* recordsOf(block: Block): Generator<CsvRecord> {
  const { rows, cellEnds, lengths } = block;
  const text = typeof block.text === "string" ? block.text : decoder.decode(block.text);
  let cell = 0;
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const fields: string[] = [];
    for (const end = cellEnds[i]!; cell < end; cell++) {
      const length = lengths[cell]!;
      fields.push(text.slice(at, at + length));
      at += length;
    }
    yield { row: rows[i]!, fields };
  }
}
