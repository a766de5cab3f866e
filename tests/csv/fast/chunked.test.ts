import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createCollector } from "@/lib/csv/collect";
import { normaliseLineEnds, type LineEndState } from "@/lib/csv/line-ends";
import { readCsvTextTo } from "@/lib/csv/read";
import { parseInChunks } from "@/lib/csv/fast/push-source";
import { filesWithBreaksInAnyColumn, recorder, type Seen } from "../../support/csv-lines";

/** The plain definition: the whole text through one Papa.parse, every row collected at once. */
function plain(text: string): Seen {
  const { seen, sink } = recorder();
  const lineEnds: LineEndState = { quotedBreak: false };
  const input = normaliseLineEnds(text.replace(/^\uFEFF/, ""), lineEnds);
  const parsed = Papa.parse<string[]>(input, {
    delimiter: ",",
    newline: "\n",
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const collector = createCollector(sink, undefined, lineEnds);
  collector.take(parsed.data, parsed.errors);
  collector.finish(input.endsWith("\n"));
  return seen;
}

function chunked(text: string, chunkSize: number): Seen {
  const { seen, sink } = recorder();
  readCsvTextTo(text, sink, undefined, chunkSize);
  return seen;
}

describe("readCsvTextTo(text) in chunks gives what one Papa.parse of the whole text gives", () => {
  it.each([
    { description: "a quoted line break cut at every place", input: 'a,b\n"x\ny",2\n3,4\n' },
    { description: "a doubled quote", input: 'a,b\n"say ""hi""",2\n' },
    { description: "an unterminated quote at the end", input: 'a,b\n1,2\n3,"4\n5,6\n' },
    { description: "a malformed quote then more rows", input: 'a,b\n1,"x"y"\n3,4\n' },
    { description: "blank lines, CRLF and no final newline", input: "\r\na,b\r\n\r\n1,2\r\n3,4" },
  ])("$description, at every chunk size", ({ input }) => {
    const whole = plain(input);
    for (let size = 1; size <= input.length + 1; size++) {
      expect(chunked(input, size), `chunk size ${size}`).toEqual(whole);
    }
  });

  it("holds the rows, row numbers and lines of a hand-written file (the premise)", () => {
    const seen = chunked('period,note\n2023,"two\nlines"\n\n2024,x\n', 3);
    expect(seen.header).toEqual({ row: 1, fields: ["period", "note"] });
    expect(seen.records).toEqual([
      { row: 2, fields: ["2023", "two\nlines"] },
      { row: 4, fields: ["2024", "x"] },
    ]);
    expect(seen.spans).toEqual([[2, 2, 3]]);
    expect(seen.skipped).toEqual([[3, 4, "blank"]]);
  });

  it.each([
    {
      input: 'a,b\n"x\ry",2\n"p\nq",3\n',
      spans: [
        [2, 2, 3],
        [3, 4, 5],
      ],
    },
    {
      input: 'a,b\n"p\nq",3\n"x\r\ny",2\n"u\r\rv",1\n',
      spans: [
        [2, 2, 3],
        [3, 4, 5],
        [4, 6, 8],
      ],
    },
    { input: 'a,b\n"p\n\nq",3\n4,5\n', spans: [[2, 2, 4]] },
  ])("counts a quoted CR, CRLF or LF as one line each: $input", ({ input, spans }) => {
    expect(chunked(input, 4).spans).toEqual(spans);
    expect(chunked(input, 1_000).spans).toEqual(spans);
  });

  it("random text from CSV's special characters, cut at random (fast-check, seeded)", () => {
    const pieces = ["a", ",", '"', '""', "\n", "\r", "\r\n", " ", "\uFEFF", "é"];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join("")),
        fc.integer({ min: 1, max: 12 }),
        (text, size) => {
          expect(chunked(text, size)).toEqual(plain(text));
        },
      ),
      { numRuns: 2000, seed: 20240516 },
    );
  });
});

describe("parseInChunks hands each piece over and lets it go", () => {
  // papaparse's own string chunking calls itself once per piece, and every earlier piece stays
  // on the stack (and alive) until the last: this holds the reader to a flat loop.
  it("hands the 1st and the 400th piece over from the same stack depth", () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const depths: number[] = [];
    try {
      const text = "period,value\n".concat("2023,1.5\n".repeat(400));
      // 9 characters a piece: one row each, header and end aside.
      parseInChunks(text, { delimiter: ",", newline: "\n" }, 9, () => {
        depths.push(new Error().stack!.split("\n").length);
      });
    } finally {
      Error.stackTraceLimit = limit;
    }
    expect(depths.length).toBeGreaterThanOrEqual(400);
    expect(depths[399]).toBe(depths[0]);
  });
});

describe("line breaks in cells, counted from the chunk's line feeds (cell-line-feeds.ts)", () => {
  it("gives the lines one parse of the whole text gives, cut at any size (fast-check, seeded)", () => {
    fc.assert(
      fc.property(filesWithBreaksInAnyColumn, fc.integer({ min: 1, max: 200 }), (text, size) => {
        expect(chunked(text, size)).toEqual(plain(text));
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  it("finds a break in a column that held none before (hand-written)", () => {
    // The first chunk teaches column b; the second chunk's break is in column a.
    const text = 'a,b\n1,"x\ny"\n2,3\n"p\nq",4\n5,6\n';
    const seen = chunked(text, 14);
    expect(seen.spans).toEqual([
      [2, 2, 3],
      [4, 5, 6],
    ]);
    expect(seen.records.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });
});
