// The handed field cases (handed to the project beside it, byte-exact files as spreadsheets, pandas and
// database exports write them), each read the three ways a file is read: validateCsvText (the
// build and tests), readUpload on a Blob (what the upload's worker runs) and the command line.
// The expected outcomes are the README's, written out by hand from each file's bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { validateCsvText } from "@/lib/data/validate";
import { findDataset } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import { readUpload } from "@/lib/upload/read-upload";
import { readCsvText } from "@/lib/csv/read";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { runAll, runCli, type Run } from "../support/cli";
import { REPO_ROOT } from "../support/data";
import { shippedSourceIds } from "./support";

const DIR = path.join(REPO_ROOT, "..", "shared", "field-cases");
const SCHEMA = tidySchema(findDataset("crude_annual")!, shippedSourceIds());
const bytesOf = (name: string) => readFileSync(path.join(DIR, name));
const textOf = (name: string) => {
  const d = decodeCsvBytes(bytesOf(name));
  if (!d.ok) throw new Error(d.message);
  return d.text;
};

interface Expected {
  rows: number;
  valid: [string, string, string, string][]; // period, series, value as written, unit
  rejected: number[];
  errors: [number, string, string][]; // row, column, code
  notes: string[];
  lines: {
    total: number;
    above: number;
    header: number;
    rows: number;
    blank: number;
    empty: number;
  };
  /** Words a message or note must hold. */
  says?: string[];
}

const CASES: Record<string, Expected> = {
  "01-excel-sep-line.csv": {
    rows: 2,
    valid: [
      ["2023", "russia", "107.02", "Mt"],
      ["2023", "russia", "2.14", "mb/d"],
    ],
    rejected: [],
    errors: [],
    notes: ["sep_line"],
    lines: { total: 4, above: 1, header: 1, rows: 2, blank: 0, empty: 0 },
    says: ['Line 1, "sep=,", names the delimiter (commas)'],
  },
  "03-trailing-empty-columns.csv": {
    rows: 2,
    valid: [
      ["2023", "russia", "107.02", "Mt"],
      ["2022", "russia", "86.25", "Mt"],
    ],
    rejected: [],
    errors: [],
    notes: ["padding_columns"],
    lines: { total: 3, above: 0, header: 1, rows: 2, blank: 0, empty: 0 },
    says: ["Columns H and I have no name"],
  },
  "05-nbsp-in-header.csv": {
    rows: 2,
    valid: [],
    rejected: [2, 3],
    errors: [
      [1, "value⟨U+00A0 NO-BREAK SPACE⟩", "unknown_column"],
      [1, "value", "missing_column"],
      [2, "", "header_invalid"],
      [3, "", "header_invalid"],
    ],
    notes: [],
    lines: { total: 3, above: 0, header: 1, rows: 2, blank: 0, empty: 0 },
    says: ['"value" followed by U+00A0 NO-BREAK SPACE', 'rename it "value"'],
  },
  "07-backslash-escaped-quotes.csv": {
    rows: 4,
    valid: [
      ["2023", "russia", "107.02", "Mt"],
      ["2022", "russia", "86.25", "Mt"],
      ["2022", "russia", "1.72", "mb/d"],
      ["2021", "russia", "79.64", "Mt"],
    ],
    rejected: [],
    errors: [],
    notes: ["backslash_quotes"],
    lines: { total: 5, above: 0, header: 1, rows: 4, blank: 0, empty: 0 },
    says: ['written \\" (a backslash before the quote', "lines 2 and 4"],
  },
  "10-capitalised-header.csv": {
    rows: 2,
    valid: [
      ["2023", "russia", "107.02", "Mt"],
      ["2022", "russia", "86.25", "Mt"],
    ],
    rejected: [],
    errors: [],
    notes: ["renamed_columns"],
    lines: { total: 3, above: 0, header: 1, rows: 2, blank: 0, empty: 0 },
    says: ['"Period" as period', '"Source_ID" as source_id'],
  },
  "12-wide-years-as-columns.csv": {
    rows: 2,
    valid: [],
    rejected: [2, 3],
    errors: [
      [1, "", "wide_table"],
      [2, "", "header_invalid"],
      [3, "", "header_invalid"],
    ],
    notes: [],
    lines: { total: 3, above: 0, header: 1, rows: 2, blank: 0, empty: 0 },
    says: ["wide table", "5 columns, 2019 to 2023", "Read as one row per period", "df.melt"],
  },
};

const NAMES = Object.keys(CASES);
type Report = ReturnType<typeof validateCsvText>;
const validOf = (r: Report) =>
  (r.valid as { period: { label: string }; series: string; valueText: string; unit: string }[]).map(
    (o) => [o.period.label, o.series, o.valueText, o.unit],
  );
const wordsOf = (r: { errors: { message: string }[]; notes: { message: string }[] }) =>
  [...r.errors.map((e) => e.message), ...r.notes.map((n) => n.message)].join("\n");

function expectOutcome(report: Report, e: Expected) {
  expect(report.rows).toBe(e.rows);
  expect(validOf(report)).toEqual(e.valid);
  expect(report.rejectedRows).toEqual(e.rejected);
  expect(report.errors.map((x) => [x.row, x.column, x.code])).toEqual(e.errors);
  expect(report.notes.map((n) => n.code)).toEqual(e.notes);
  expect(report.lines).toEqual(e.lines);
  // Counts add up: every row is valid or rejected, every line is one of the kinds.
  expect(report.valid.length + report.rejectedRows.length).toBe(report.rows);
  const { total, ...parts } = report.lines;
  expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(total);
  for (const words of e.says ?? []) expect(wordsOf(report)).toContain(words);
}

describe("field cases read by validateCsvText (the build's and the tests' path)", () => {
  it.each(NAMES)("%s", (name) =>
    expectOutcome(validateCsvText(textOf(name), SCHEMA), CASES[name]!),
  );
});

describe("field cases read by readUpload on the file's bytes (what the upload's worker runs)", () => {
  it.each(NAMES)("%s", async (name) => {
    const { validation, upload } = await readUpload(
      new Blob([bytesOf(name)]),
      "crude_annual",
      shippedSourceIds(),
      { chunkSize: 64 },
    );
    expect(validation.end).toEqual({ status: "complete" });
    expectOutcome(validation.report, CASES[name]!);
    expect("observations" in upload && upload.observations.length).toBe(CASES[name]!.valid.length);
  });
});

describe("field case 07: the notes keep their quotes", () => {
  it('reads \\"about 107 Mt\\" as "about 107 Mt" inside the note', () => {
    const report = validateCsvText(textOf("07-backslash-escaped-quotes.csv"), SCHEMA);
    expect((report.valid as { note: string }[]).map((o) => o.note)).toEqual([
      'the source says "about 107 Mt"',
      "",
      'approximately ("about 1.72 mb/d")',
      "",
    ]);
  });
});

describe("field case 05: the invisible character is named in the rejected-rows download", () => {
  it("writes U+00A0 NO-BREAK SPACE into the reasons of the header's row", async () => {
    const { validation } = await readUpload(
      new Blob([bytesOf("05-nbsp-in-header.csv")]),
      "crude_annual",
      shippedSourceIds(),
    );
    const { header, rejected } = validation;
    const csv = readCsvText(rejectedRowsCsv(header, rejected, validation.report.errors));
    const reasons = csv.header!.fields.indexOf("reasons");
    const first = csv.records[0]!;
    expect(first.fields[0]).toBe("1");
    expect(first.fields[reasons]).toContain('"value" followed by U+00A0 NO-BREAK SPACE');
  });
});

describe("field cases on the command line (validate FILE --dataset crude_annual)", () => {
  let r: Record<string, Run>;
  let tmp: string;
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "field-cli-"));
    const jobs: Record<string, () => Promise<Run>> = {};
    for (const name of NAMES) {
      const file = path.join(DIR, name);
      jobs[`${name} json`] = () =>
        runCli("validate", [file, "--dataset", "crude_annual", "--format", "json"]);
      jobs[`${name} text`] = () => runCli("validate", [file, "--dataset", "crude_annual"]);
    }
    // The same dataset named by a second download's name and by capitals, with no --dataset.
    for (const fileName of ["crude_annual (1).csv", "Crude_Annual.CSV"]) {
      const p = path.join(tmp, fileName);
      writeFileSync(p, bytesOf("10-capitalised-header.csv"));
      jobs[fileName] = () => runCli("validate", [p, "--format", "json"]);
    }
    r = await runAll(jobs);
  }, 180_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(NAMES)("%s: JSON with the same counts, errors, notes and lines", (name) => {
    const e = CASES[name]!;
    const res = r[`${name} json`]!;
    expect(res.code).toBe(e.rejected.length > 0 ? 1 : 0);
    expect(res.stderr).toBe("");
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({
      dataset: "crude_annual",
      rows: e.rows,
      valid: e.valid.length,
      rejected: e.rejected.length,
    });
    expect(
      json.errors.map((x: { row: number; column: string; code: string }) => [
        x.row,
        x.column,
        x.code,
      ]),
    ).toEqual(e.errors);
    expect(json.notes.map((n: { code: string }) => n.code)).toEqual(e.notes);
    expect(json.lines).toEqual(e.lines);
    for (const words of e.says ?? []) expect(wordsOf(json)).toContain(words);
  });

  it.each(NAMES)("%s: text names every note and error", (name) => {
    const e = CASES[name]!;
    const res = r[`${name} text`]!;
    expect(res.stdout.split("\n")[0]).toMatch(
      `crude_annual, ${e.rows} rows, ${e.valid.length} valid, ${e.rejected.length} rejected`,
    );
    for (const words of e.says ?? []) expect(res.stdout).toContain(words);
  });

  it.each(["crude_annual (1).csv", "Crude_Annual.CSV"])(
    "takes the dataset crude_annual from the file name %s",
    (fileName) => {
      const res = r[fileName]!;
      expect(res.code).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ dataset: "crude_annual", rows: 2, valid: 2 });
    },
  );
});
