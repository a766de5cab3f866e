import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { collectTable, isBlankRecord, readCsvText, type CsvTable } from "@/lib/csv/read";
import { REPO_ROOT } from "../support/data";

// Records as [row, fields] pairs: short enough to read a whole table at a glance.
type Rows = [number, string[]][];
const shape = (t: CsvTable) => ({
  header: t.header && ([t.header.row, t.header.fields] as [number, string[]]),
  records: t.records.map((r) => [r.row, r.fields]),
  syntaxErrors: t.syntaxErrors.map((e) => [e.row, e.code]),
});

describe("isBlankRecord", () => {
  it.each([
    { description: "one empty field (a blank line) is blank", input: [""], expected: true },
    { description: "one space is not blank", input: [" "], expected: false },
    {
      description: "two empty fields (a line holding a comma) are not blank",
      input: ["", ""],
      expected: false,
    },
    { description: "one non-empty field is not blank", input: ["x"], expected: false },
  ])("$description", ({ input, expected }) => {
    expect(isBlankRecord(input)).toBe(expected);
  });
});

describe("readCsvText", () => {
  const cases: {
    description: string;
    input: string;
    header: [number, string[]] | null;
    records: Rows;
    syntaxErrors?: [number, string][];
  }[] = [
    {
      description: "numbers the header row 1 and each LF-separated record after it",
      input: "a,b\n1,2\n3,4",
      header: [1, ["a", "b"]],
      records: [
        [2, ["1", "2"]],
        [3, ["3", "4"]],
      ],
    },
    {
      description: "reads CRLF line ends like LF",
      input: "a,b\r\n1,2\r\n3,4\r\n",
      header: [1, ["a", "b"]],
      records: [
        [2, ["1", "2"]],
        [3, ["3", "4"]],
      ],
    },
    {
      description: "reads lone CR line ends (old Mac spreadsheets) like LF",
      input: "a,b\r1,2\r3,4",
      header: [1, ["a", "b"]],
      records: [
        [2, ["1", "2"]],
        [3, ["3", "4"]],
      ],
    },
    {
      description: "does not turn a trailing newline into a record",
      input: "a,b\n1,2\n",
      header: [1, ["a", "b"]],
      records: [[2, ["1", "2"]]],
    },
    {
      description: "drops a UTF-8 byte-order mark from the first header field",
      input: "\uFEFFa,b\n1,2\n",
      header: [1, ["a", "b"]],
      records: [[2, ["1", "2"]]],
    },
    {
      description: "keeps a comma inside a quoted field",
      input: 'a,b\n"x,y",2\n',
      header: [1, ["a", "b"]],
      records: [[2, ["x,y", "2"]]],
    },
    {
      description: "turns a doubled quote inside a quoted field into one quote",
      input: 'a,b\n"say ""hi""",2\n',
      header: [1, ["a", "b"]],
      records: [[2, ['say "hi"', "2"]]],
    },
    {
      description:
        "counts a quoted field spanning three lines as one row, so the next record is row 3",
      input: 'a,b\n"x\ny\nz",2\n3,4\n',
      header: [1, ["a", "b"]],
      records: [
        [2, ["x\ny\nz", "2"]],
        [3, ["3", "4"]],
      ],
    },
    {
      description: "keeps a CRLF inside a quoted field of a CRLF file",
      input: 'a,b\r\n"x\r\ny",2\r\n3,4\r\n',
      header: [1, ["a", "b"]],
      records: [
        [2, ["x\r\ny", "2"]],
        [3, ["3", "4"]],
      ],
    },
    {
      description: "skips blank lines but counts them in the row numbers (lines 3 and 6)",
      input: "a,b\n\n1,2\n\n\n3,4\n",
      header: [1, ["a", "b"]],
      records: [
        [3, ["1", "2"]],
        [6, ["3", "4"]],
      ],
    },
    {
      description: "takes the first non-blank line as the header, keeping its row number",
      input: "\n\na,b\n1,2",
      header: [3, ["a", "b"]],
      records: [[4, ["1", "2"]]],
    },
    {
      description: "gives no header and no records for empty text",
      input: "",
      header: null,
      records: [],
    },
    {
      description: "gives no header and no records for blank lines only",
      input: "\n\n\n",
      header: null,
      records: [],
    },
    {
      description: "never types a field: 007, 1e3, +1.5E-03, TRUE and an empty cell stay strings",
      input: "a,b,c,d,e\n007,1e3,+1.5E-03,TRUE,\n",
      header: [1, ["a", "b", "c", "d", "e"]],
      records: [[2, ["007", "1e3", "+1.5E-03", "TRUE", ""]]],
    },
    {
      description: "keeps the spaces around a field",
      input: "a,b\n 1 , 2 \n",
      header: [1, ["a", "b"]],
      records: [[2, [" 1 ", " 2 "]]],
    },
    {
      description: "reads a line of commas as empty fields, not as a blank line",
      input: "a,b,c\n,,\n",
      header: [1, ["a", "b", "c"]],
      records: [[2, ["", "", ""]]],
    },
    {
      description:
        "reports an unclosed quote at the row it starts in, the rest of the file read into that field",
      input: 'a,b\n1,2\n3,"4\n5,6\n',
      header: [1, ["a", "b"]],
      records: [
        [2, ["1", "2"]],
        [3, ["3", "4\n5,6\n"]],
      ],
      syntaxErrors: [[3, "unterminated_quote"]],
    },
    {
      description: "reports a quote followed by text inside a quoted field as malformed",
      input: 'a,b\n1,"x"y"\n3,4\n',
      header: [1, ["a", "b"]],
      records: [
        [2, ["1", 'x"y']],
        [3, ["3", "4"]],
      ],
      syntaxErrors: [[2, "malformed_quote"]],
    },
    {
      description: "reports a malformed quote in the header as row 1",
      input: '"a"x",b\n1,2\n',
      header: [1, ['a"x', "b"]],
      records: [[2, ["1", "2"]]],
      syntaxErrors: [[1, "malformed_quote"]],
    },
    {
      description:
        "reports only the unclosed quote when a malformed quote also leaves the field open",
      input: 'a,b\n"x"y,2\n3,4\n',
      header: [1, ["a", "b"]],
      records: [[2, ['x"y,2\n3,4\n']]],
      syntaxErrors: [[2, "unterminated_quote"]],
    },
    {
      description:
        "reports a quote error after a multi-line field at the record's row (3), not its line (4)",
      input: 'a,b\n"x\ny",2\n3,"4"5"\n',
      header: [1, ["a", "b"]],
      records: [
        [2, ["x\ny", "2"]],
        [3, ["3", '4"5']],
      ],
      syntaxErrors: [[3, "malformed_quote"]],
    },
  ];

  it.each(cases)("$description", ({ input, header, records, syntaxErrors = [] }) => {
    expect(shape(readCsvText(input))).toEqual({ header, records, syntaxErrors });
  });

  it("names the row in every syntax error message", () => {
    const { syntaxErrors } = readCsvText('a,b\n1,2\n3,"4\n');
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]!.message).toContain("row 3");
  });
});

describe("collectTable (a later chunk of a streamed file)", () => {
  it("numbers a chunk's records after the rows already read and finds no header in it", () => {
    // Rows 1-10 came in earlier chunks: this chunk's first record is row 11, its blank line row 12.
    const table = collectTable([["1", "2"], [""], ["3", "4"]], [], 10);
    expect(shape(table)).toEqual({
      header: null,
      records: [
        [11, ["1", "2"]],
        [13, ["3", "4"]],
      ],
      syntaxErrors: [],
    });
  });

  it("shifts a quote error's row by the rows already read and ignores non-quote errors", () => {
    const table = collectTable(
      [["1", "x"]],
      [
        { type: "Quotes", code: "MissingQuotes", message: "", row: 0, index: 2 },
        { type: "FieldMismatch", code: "TooFewFields", message: "", row: 0, index: 2 },
      ],
      10,
    );
    expect(shape(table).syntaxErrors).toEqual([[11, "unterminated_quote"]]);
  });
});

// Public test suites that nobody on this project wrote (see shared/conformance/README.md).
const CONFORMANCE = path.resolve(REPO_ROOT, "../shared/conformance");
const haveConformance = existsSync(CONFORMANCE);
const conformanceTitle = haveConformance
  ? "conformance"
  : `conformance (SKIPPED: ${CONFORMANCE} not found; in CI the shared folder sits beside the clone)`;

/** Header-mode reading: each record as an object keyed by the header, every value a string. */
function asObjects(table: CsvTable): Record<string, string>[] {
  const keys = table.header?.fields ?? [];
  return table.records.map((r) => Object.fromEntries(keys.map((k, i) => [k, r.fields[i] ?? ""])));
}

const readText = (file: string) => {
  const decoded = decodeCsvBytes(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  return decoded.text;
};

describe.skipIf(!haveConformance)(conformanceTitle, () => {
  const spectrum = path.join(CONFORMANCE, "csv-spectrum");
  // Upstream's expectation for this case is a single object with a different phone number.
  const KNOWN_BAD = "location_coordinates";
  const names = haveConformance
    ? readdirSync(path.join(spectrum, "csvs"))
        .filter((f) => f.endsWith(".csv"))
        .map((f) => f.replace(/\.csv$/, ""))
        .sort()
    : [];
  const expected = (name: string): unknown =>
    JSON.parse(readFileSync(path.join(spectrum, "json", `${name}.json`), "utf8"));
  const actual = (name: string) =>
    asObjects(readCsvText(readText(path.join(spectrum, "csvs", `${name}.csv`))));

  it("finds the twelve csv-spectrum cases", () => {
    expect(names).toHaveLength(12);
  });

  it.each(names.filter((n) => n !== KNOWN_BAD))(
    "csv-spectrum %s.csv reads as json/%s.json",
    (name) => {
      expect(
        readCsvText(readText(path.join(spectrum, "csvs", `${name}.csv`))).syntaxErrors,
      ).toEqual([]);
      expect(actual(name)).toEqual(expected(name));
    },
  );

  it.fails(
    `csv-spectrum ${KNOWN_BAD}.csv (upstream expectation is wrong: expected failure)`,
    () => {
      expect(actual(KNOWN_BAD)).toEqual(expected(KNOWN_BAD));
    },
  );

  const samples = path.join(CONFORMANCE, "papaparse-samples");
  it.each([
    {
      file: "sample.csv",
      header: ["A", "B", "C"],
      records: [["X", "Y", "Z"]],
    },
    {
      file: "sample-header.csv",
      header: ["title", "name"],
      records: [
        ["test title 01", "test name 01"],
        ["", "test name 02"],
      ],
    },
    {
      file: "utf-8-bom-sample.csv",
      header: ["A", "B", "C"],
      records: [["X", "Y", "Z"]],
    },
  ])("papaparse $file reads without syntax errors", ({ file, header, records }) => {
    const table = readCsvText(readFileSync(path.join(samples, file), "utf8"));
    expect(table.syntaxErrors).toEqual([]);
    expect(table.header?.fields).toEqual(header);
    expect(table.records.map((r) => r.fields)).toEqual(records);
  });

  it("papaparse utf-8-bom-sample.csv really starts with a BOM (so the case above tests something)", () => {
    expect(
      readFileSync(path.join(samples, "utf-8-bom-sample.csv"), "utf8").startsWith("\uFEFF"),
    ).toBe(true);
  });

  it.each([
    // long-sample.csv has no header line: its first record is read as the header; 8 lines in all.
    { file: "long-sample.csv", headerFields: 7, records: 7, lastRow: 8 },
    // verylong-sample.csv: a header and 2000 records, with a trailing newline that is no record.
    { file: "verylong-sample.csv", headerFields: 3, records: 2000, lastRow: 2001 },
  ])(
    "papaparse $file gives $records records, the last one row $lastRow",
    ({ file, headerFields, records, lastRow }) => {
      const table = readCsvText(readText(path.join(samples, file)));
      expect(table.syntaxErrors).toEqual([]);
      expect(table.header?.fields).toHaveLength(headerFields);
      expect(table.records).toHaveLength(records);
      expect(table.records.at(-1)?.row).toBe(lastRow);
    },
  );
});
