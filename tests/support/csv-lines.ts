// What the CSV readers hand a sink, all of it (rows, lines, spans, skipped lines), and generated
// files whose quoted cells hold line breaks in any column: what the chunked and streamed readers
// are held to against one parse of the whole text.
import fc from "fast-check";
import type { CsvRecord, CsvSink, CsvSyntaxError } from "@/lib/csv/collect";

export interface Seen {
  header: CsvRecord | null | undefined;
  records: CsvRecord[];
  syntaxErrors: CsvSyntaxError[];
  skipped: [number, number, string][];
  spans: [number, number, number][];
}

export function recorder(): { seen: Seen; sink: CsvSink } {
  const seen: Seen = { header: undefined, records: [], syntaxErrors: [], skipped: [], spans: [] };
  const sink: CsvSink = {
    onHeader: (record) => (seen.header = record),
    onSyntaxError: (e) => seen.syntaxErrors.push(e),
    onRecord: (record) => seen.records.push(record),
    onSkipped: (row, line, kind) => seen.skipped.push([row, line, kind]),
    onSpan: (row, first, last) => seen.spans.push([row, first, last]),
  };
  return { seen, sink };
}

/**
 * Files of up to 60 rows of four cells, any of them quoted with line breaks, commas and doubled
 * quotes in it: a column that held no break in the chunks read so far may hold one in the next.
 */
export const filesWithBreaksInAnyColumn = (() => {
  const cell = fc.oneof(
    fc.constantFrom("", "x", "12.5", "a b"),
    fc
      .array(fc.constantFrom("p", "\n", " ", '""', ","), { minLength: 1, maxLength: 6 })
      .map((parts) => `"${parts.join("")}"`),
  );
  return fc
    .array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 60 })
    .map((rows) => `a,b,c,d\n${rows.map((r) => r.join(",")).join("\n")}\n`);
})();
