// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse.
//
// Once a file has shown a line break inside quotes, the collector must know how many lines each
// record runs over, to keep every later row's line number true. The plain definition searches
// every cell of every record for line feeds: seven searches a row of the bench file, whose notes
// hold a line break in one row in twenty. In Chromium's profile of the upload's worker that was
// 171 ms in the search and 226 in the loop calling it, of about 3.7 s of work.
//
// Here the line feeds in the text a chunk was read from are counted once (push-source.ts), and
// every record but the last of the file ends with one, so the line feeds inside the chunk's cells
// are that count less the records. Only the columns a line feed has been found in before are
// searched; when what they hold adds up to that total, no other cell holds one (a count cannot be
// negative), and the answer is exact. When it does not, or the total is unknown (the file's last
// chunk, whose last record may end without a line feed), every cell is searched, as the plain
// definition does, and the columns found are remembered.
//
// Plain definition: every cell searched. tests/csv/fast/chunked.test.ts holds the readers to one
// papaparse parse of the whole text collected at once (every cell searched), at every chunk size
// and on generated text with line breaks in any column; tests/csv/stream.test.ts holds the
// streamed reader's lines and spans to it. Measured gain (2026-12-01, load 1.4–2.8;
// BENCHMARKS.md, "Session 10"): in Node the search and its loop took 594 ms of CPU in four
// validations of the 1M-row bench file against 1,235, and a validation's median 2,845 ms against
// 2,955 (12 alternate runs a side); in Chromium the upload to its report 3,255 ms against 3,350
// (medians of 20 alternate uploads a side).

/** Line feeds in a cell, found by the engine's own search. */
function lineFeeds(cell: string): number {
  let n = 0;
  for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) n += 1;
  return n;
}

interface CellLineFeeds {
  /**
   * The line feeds inside each record's cells (`[i]` for `records[i]`; the array is reused, and
   * only its first `records.length` entries are this chunk's), or `null` when no cell holds one.
   * `textLineFeeds`: the line feeds in the text the records were read from, each record ended by
   * one; `undefined` when unknown, and then every cell is searched.
   */
  count(records: readonly (readonly string[])[], textLineFeeds?: number): Uint32Array | null;
}

/** A counter for one reading of one file: it learns which columns hold line breaks. */
export function createCellLineFeeds(): CellLineFeeds {
  let perRecord = new Uint32Array(1024);
  // Columns a line feed was found in, in any record so far, and the same as a set.
  const columns: number[] = [];
  const known: boolean[] = [];

  const inKnownColumns = (records: readonly (readonly string[])[]) => {
    let total = 0;
    for (let i = 0; i < records.length; i++) {
      const fields = records[i]!;
      let n = 0;
      for (let c = 0; c < columns.length; c++) {
        const cell = fields[columns[c]!];
        if (cell !== undefined) n += lineFeeds(cell);
      }
      perRecord[i] = n;
      total += n;
    }
    return total;
  };
  const inEveryColumn = (records: readonly (readonly string[])[]) => {
    let total = 0;
    for (let i = 0; i < records.length; i++) {
      const fields = records[i]!;
      let n = 0;
      for (let c = 0; c < fields.length; c++) {
        const found = lineFeeds(fields[c]!);
        if (found > 0 && !known[c]) {
          known[c] = true;
          columns.push(c);
        }
        n += found;
      }
      perRecord[i] = n;
      total += n;
    }
    return total;
  };

  return {
    count(records, textLineFeeds) {
      const inCells = textLineFeeds === undefined ? -1 : textLineFeeds - records.length;
      if (inCells === 0) return null;
      if (perRecord.length < records.length) perRecord = new Uint32Array(records.length * 2);
      if (inCells > 0 && columns.length > 0 && inKnownColumns(records) === inCells) {
        return perRecord;
      }
      return inEveryColumn(records) > 0 ? perRecord : null;
    },
  };
}
