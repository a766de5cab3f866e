import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/decode";
import {
  readCsvStream,
  readCsvText,
  readCsvTextTo,
  type CsvStreamEnd,
  type CsvTable,
} from "@/lib/csv/read";
import { filesWithBreaksInAnyColumn, recorder } from "../support/csv-lines";
import { REPO_ROOT } from "../support/data";

/** readCsvStream collected into the shape readCsvText returns. */
async function streamed(
  input: string | Blob,
  chunkSize: number,
): Promise<{ end: CsvStreamEnd; table: CsvTable }> {
  const table: CsvTable = { header: null, records: [], syntaxErrors: [] };
  const end = await readCsvStream(
    input,
    {
      onHeader: (record) => (table.header = record),
      onSyntaxError: (e) => table.syntaxErrors.push(e),
      onRecord: (record) => table.records.push(record),
    },
    { chunkSize },
  );
  return { end, table };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const COMPLETE = { status: "complete" };

/** Every chunk size from 1 to `max`: each cut falls everywhere once. */
const sizes = (max: number) => Array.from({ length: max }, (_, i) => i + 1);

async function expectSameAsText(text: string, chunkSizes: number[]) {
  const whole = readCsvText(text);
  for (const size of chunkSizes) {
    const { end, table } = await streamed(text, size);
    expect(end).toEqual(COMPLETE);
    expect(table, `chunk size ${size}`).toEqual(whole);
  }
}

describe("readCsvStream(text) gives what readCsvText(text) gives, at every chunk size", () => {
  it.each([
    { description: "LF records", input: "a,b\n1,2\n3,4\n" },
    { description: "CRLF records, the CR and LF cut apart", input: "a,b\r\n1,2\r\n3,4\r\n" },
    { description: "lone CR line ends", input: "a,b\r1,2\r3,4" },
    {
      description: "a UTF-8 BOM, and a second one papaparse strips",
      input: "\uFEFF\uFEFFa,b\n1,2",
    },
    { description: "a quoted newline across a cut", input: 'a,b\n"x\ny\nz",2\n3,4\n' },
    { description: "a quoted CRLF in a CRLF file", input: 'a,b\r\n"x\r\ny",2\r\n3,4\r\n' },
    { description: "a doubled quote cut between its two quotes", input: 'a,b\n"say ""hi""",2\n' },
    { description: "spaces between a closing quote and the comma", input: 'a,b\n"x"  ,2\n"y" \n' },
    { description: "blank lines counted, header after them", input: "\n\na,b\n\n1,2\n\n\n3,4\n" },
    { description: "no final newline", input: "a,b\n1,2" },
    { description: "a line of commas", input: "a,b,c\n,,\n" },
    { description: "an unterminated quote at the end", input: 'a,b\n1,2\n3,"4\n5,6\n' },
    { description: "a malformed quote then more rows", input: 'a,b\n1,"x"y"\n3,4\n' },
    { description: "a malformed quote that leaves the field open", input: 'a,b\n"x"y,2\n3,4\n' },
    {
      description: "a malformed quote after a multi-line field",
      input: 'a,b\n"x\ny",2\n3,"4"5"\n',
    },
    { description: "a malformed quote in the header", input: '"a"x",b\n1,2\n' },
    { description: "empty text", input: "" },
    { description: "blank lines only", input: "\n\n\n" },
  ])("$description", async ({ input }) => {
    await expectSameAsText(input, sizes(input.length + 1));
  });

  it("a header longer than a chunk still gets its CRs taken as line ends (papaparse#1132)", async () => {
    const text = "period,series,value,unit\r\n2023,russia,1,Mt\r\n";
    const { table } = await streamed(text, 8);
    expect(table.header?.fields).toEqual(["period", "series", "value", "unit"]);
    expect(table.records).toEqual([{ row: 2, fields: ["2023", "russia", "1", "Mt"] }]);
  });

  it("more than a megabyte (the line-ending sample) with quoted CRLFs and blank lines", async () => {
    let text = "\uFEFFperiod,series,value\r\n";
    for (let i = 0; text.length < 1_300_000; i++) {
      if (i % 7 === 0) text += `${i},"multi\r\nline, ""q""",${i}\r\n`;
      else if (i % 13 === 0) text += "\r\n";
      else text += `${i},é中,${i}.5\r\n`;
    }
    text += '9,"never closed\r\n1,2';
    await expectSameAsText(text, [4096, 65_536, 1_000_003]);
  }, 60_000);

  it("random text from CSV's special characters, cut at random (fast-check, seeded)", async () => {
    const pieces = ["a", ",", '"', '""', "\n", "\r", "\r\n", " ", "\uFEFF", "é"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join("")),
        fc.integer({ min: 1, max: 12 }),
        async (text, size) => {
          const { end, table } = await streamed(text, size);
          expect(end).toEqual(COMPLETE);
          expect(table).toEqual(readCsvText(text));
        },
      ),
      { numRuns: 3000, seed: 20240516 },
    );
  }, 60_000);
});

describe("readCsvStream(blob) decodes as decodeCsvBytes decodes", () => {
  it("keeps a multi-byte character cut between two slices whole (papaparse#751)", async () => {
    const text = "a,b\n1,中文\n2,é\n";
    for (const size of sizes(bytesOf(text).length)) {
      const { table } = await streamed(new Blob([bytesOf(text)]), size);
      expect(table, `slice size ${size}`).toEqual(readCsvText(text));
    }
  });

  const utf16le = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it.each([
    { description: "UTF-8 with a BOM", bytes: bytesOf("\uFEFFa,b\n1,2\n") },
    { description: "UTF-16 LE with its BOM", bytes: utf16le("a,b\r\n1,中\r\n") },
    { description: "UTF-16 BE with its BOM", bytes: Uint8Array.from([0xfe, 0xff, 0, 97, 0, 10]) },
    { description: "a NUL byte (binary_file)", bytes: Uint8Array.from([97, 44, 98, 10, 0, 10]) },
    {
      description: "invalid UTF-8, read as Windows-1252",
      bytes: Uint8Array.from([97, 10, 0xc3, 0x28]),
    },
    {
      description: "a Windows-1251 run (bad_encoding)",
      bytes: Uint8Array.from([97, 10, 0xd0, 0xee, 0xf1, 10]),
    },
    {
      description: "invalid UTF-8 early and a NUL late: binary_file, as decodeCsvBytes says",
      bytes: Uint8Array.from([0xff, 97, 10, 98, 10, 99, 10, 0]),
    },
    {
      description: "a character cut off at the end (bad_encoding)",
      bytes: bytesOf("a\n中").slice(0, 4),
    },
    { description: "no bytes at all", bytes: new Uint8Array(0) },
  ])("$description", async ({ bytes }) => {
    const decoded = decodeCsvBytes(bytes);
    for (const size of sizes(bytes.length + 1)) {
      const { end, table } = await streamed(new Blob([bytes]), size);
      if (decoded.ok) {
        expect(end).toEqual(COMPLETE);
        expect(table).toEqual(readCsvText(decoded.text));
      } else {
        expect(end).toEqual({ ok: false, code: decoded.code, message: decoded.message });
      }
    }
  });

  it("random bytes, sliced at random, end as decodeCsvBytes says (fast-check, seeded)", async () => {
    const bytes = [
      0x61, 0x2c, 0x22, 0x0a, 0x0d, 0x00, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xef, 0xbb, 0xbf,
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...bytes), { maxLength: 30 }),
        fc.integer({ min: 1, max: 9 }),
        async (list, size) => {
          const input = Uint8Array.from(list);
          const decoded = decodeCsvBytes(input);
          const { end, table } = await streamed(new Blob([input]), size);
          if (!decoded.ok) expect(end).toMatchObject({ ok: false, code: decoded.code });
          else expect(table).toEqual(readCsvText(decoded.text));
        },
      ),
      { numRuns: 2000, seed: 751 },
    );
  }, 60_000);
});

describe("readCsvStream reports progress and stops when aborted", () => {
  it("reports bytes read after each chunk parsed, ending at the total", async () => {
    // Parsing starts once more than the line-ending sample (1 MiB) is in hand.
    const text = "a,b\n" + "1,2\n".repeat(400_000);
    const seen: [number, number][] = [];
    await readCsvStream(
      new Blob([bytesOf(text)]),
      {
        onHeader() {},
        onSyntaxError() {},
        onRecord() {},
        onProgress: (read, total) => seen.push([read, total]),
      },
      { chunkSize: 512 * 1024 },
    );
    expect(seen).toEqual([
      [1_572_864, 1_600_004],
      [1_600_004, 1_600_004],
    ]);
  });

  it("reports once, at the end, for a file under the sample", async () => {
    const seen: [number, number][] = [];
    await readCsvStream(
      "a,b\n1,2\n",
      {
        onHeader() {},
        onSyntaxError() {},
        onRecord() {},
        onProgress: (read, total) => seen.push([read, total]),
      },
      { chunkSize: 3 },
    );
    expect(seen).toEqual([[8, 8]]);
  });

  it("hands over no record after the signal aborts, and says it was aborted", async () => {
    const text = "a\n" + Array.from({ length: 100 }, (_, i) => i).join("\n");
    const controller = new AbortController();
    const rows: number[] = [];
    const end = await readCsvStream(
      new Blob([bytesOf(text)]),
      {
        signal: controller.signal,
        onHeader() {},
        onSyntaxError() {},
        onRecord(record) {
          rows.push(record.row);
          if (record.row === 10) controller.abort();
        },
      },
      { chunkSize: 16 },
    );
    expect(end).toEqual({ status: "aborted" });
    expect(rows.at(-1)).toBe(10);
  });
});

// The public suites (shared/conformance/README.md) through the streamed path.
const CONFORMANCE = path.resolve(REPO_ROOT, "../shared/conformance");
const haveConformance = existsSync(CONFORMANCE);
const conformanceTitle = haveConformance
  ? "conformance, streamed"
  : `conformance, streamed (SKIPPED: ${CONFORMANCE} not found; in CI the shared folder sits beside the clone)`;

describe.skipIf(!haveConformance)(conformanceTitle, () => {
  const files = haveConformance
    ? [
        ...readdirSync(path.join(CONFORMANCE, "csv-spectrum/csvs"))
          .filter((f) => f.endsWith(".csv"))
          .map((f) => path.join(CONFORMANCE, "csv-spectrum/csvs", f)),
        ...readdirSync(path.join(CONFORMANCE, "papaparse-samples"))
          .filter((f) => f.endsWith(".csv"))
          .map((f) => path.join(CONFORMANCE, "papaparse-samples", f)),
      ].sort()
    : [];

  it("finds the twelve csv-spectrum cases and the papaparse samples", () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  it.each(files.map((f) => [path.relative(CONFORMANCE, f), f]))(
    "%s reads the same streamed as whole, cut at every byte (a long file: at odd sizes)",
    async (_name, file) => {
      const bytes = readFileSync(file);
      const decoded = decodeCsvBytes(bytes);
      if (!decoded.ok) throw new Error(decoded.message);
      const whole = readCsvText(decoded.text);
      for (const size of bytes.length <= 2048 ? sizes(bytes.length + 1) : [7, 1000, 4096]) {
        const { end, table } = await streamed(new Blob([bytes]), size);
        expect(end).toEqual(COMPLETE);
        expect(table, `slice size ${size}`).toEqual(whole);
      }
    },
    60_000,
  );
});

describe("readCsvStream counts the lines of records with line breaks in any column", () => {
  // Lines, spans and skipped lines too, which the table above does not hold.
  it("as readCsvTextTo counts them, the text or its bytes cut at any size (fast-check, seeded)", async () => {
    await fc.assert(
      fc.asyncProperty(
        filesWithBreaksInAnyColumn,
        fc.integer({ min: 1, max: 200 }),
        async (text, size) => {
          const whole = recorder();
          readCsvTextTo(text, whole.sink);
          for (const input of [text, new Blob([bytesOf(text)])]) {
            const cut = recorder();
            expect(await readCsvStream(input, cut.sink, { chunkSize: size })).toEqual(COMPLETE);
            expect(cut.seen).toEqual(whole.seen);
          }
        },
      ),
      { numRuns: 500, seed: 20261201 },
    );
  }, 60_000);
});
