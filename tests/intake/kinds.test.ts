// One file of our own per kind of problem issue 12 names (the handed field cases are in
// field-cases.test.ts): each read by validateCsvText and, for the same outcome, by readUpload
// on its bytes in small chunks, as the upload's worker reads it.
import { describe, expect, it } from "vitest";
import { findDataset } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { readUpload } from "@/lib/upload/read-upload";
import { shippedSourceIds } from "./support";

const SCHEMA = tidySchema(findDataset("crude_annual")!, shippedSourceIds());
const H = "period,series,value,unit,basis,source_id,note";
const S = "asiafinancial-russia-crude-2023";
const ROW = `2023,russia,107.02,Mt,reported,${S},`;

interface Case {
  description: string;
  csv: string;
  rows: number;
  valid: number;
  errors?: [number, string, string][];
  notes?: string[];
  lines?: Partial<{
    total: number;
    above: number;
    header: number;
    rows: number;
    blank: number;
    empty: number;
  }>;
  says?: string[];
}

const CASES: Case[] = [
  {
    description: "a sep=; line names semicolons, and the header below it is read",
    csv: `sep=;\n${H.replace(/,/g, ";")}\n${ROW.replace(/,/g, ";")}\n`,
    rows: 1,
    valid: 1,
    notes: ["sep_line"],
    lines: { total: 3, above: 1 },
    says: ['Line 1, "sep=;", names the delimiter (semicolons (;))'],
  },
  {
    description:
      "a statistics download: title, source and a blank line above a tab-separated header",
    csv: `Crude oil imports of China\tby origin\nSource: customs\n\n${H.replace(/,/g, "\t")}\n${ROW.replace(/,/g, "\t")}\n`,
    rows: 1,
    valid: 1,
    notes: ["delimiter", "above_header"],
    lines: { total: 5, above: 3, header: 1, rows: 1 },
    says: [
      "Cells are separated by tabs",
      "Rows 1–3 are a title and notes above the header on row 4: not read.",
    ],
  },
  {
    description:
      "padding: empty unnamed columns are ignored, a value in one rejects its row naming the column",
    csv: `${H},,\n${ROW},,\n2022,russia,86.25,Mt,reported,${S},,,oops\n,,,,,,,,\n${ROW.replace("2023", "2021")}\n`,
    rows: 3,
    valid: 2,
    errors: [[3, "", "unnamed_column"]],
    notes: ["padding_columns", "empty_rows"],
    lines: { total: 5, empty: 1, rows: 3 },
    says: [
      'Column I, the 9th, has no name in the header, but this row has "oops" in it',
      "Line 4 holds nothing but delimiters",
    ],
  },
  {
    description: "a pandas row index (an unnamed first column) is set aside",
    csv: `,${H}\n0,${ROW}\n1,${ROW.replace("2023", "2022")}\n`,
    rows: 2,
    valid: 2,
    notes: ["index_column"],
    says: ["as pandas writes its row index"],
  },
  {
    description: "near-miss names: spaces, case and - are matched; a typo gets 'did you mean'",
    csv: `Period, Series ,valeu,UNIT,basis,Source-ID,note\n${ROW}\n`,
    rows: 1,
    valid: 0,
    errors: [
      [1, "valeu", "unknown_column"],
      [1, "value", "missing_column"],
      [2, "", "header_invalid"],
    ],
    notes: ["renamed_columns"],
    says: ['Did you mean "value"?', '" Series " as series', '"Source-ID" as source_id'],
  },
  {
    description:
      "numbers: the percent sign, the dollar sign, a decimal comma and a space between thousands are named",
    csv: `${H}\n2023,russia,19%,Mt,reported,${S},\n2022,russia,$4.34,Mt,reported,${S},\n2021,russia,"107,02",Mt,reported,${S},\n2020,russia,107 020,Mt,reported,${S},\n`,
    rows: 4,
    valid: 0,
    errors: [
      [2, "value", "not_a_number"],
      [3, "value", "not_a_number"],
      [4, "value", "not_a_number"],
      [5, "value", "not_a_number"],
    ],
    says: [
      "has a percent sign (%); write 19",
      "has a dollar sign ($); write 4.34",
      "uses a comma (,) as the decimal separator; write it with a point: 107.02",
      "has a space as a thousands separator; write 107020",
    ],
  },
  {
    description:
      "curly quotes around a cell with a comma: the ragged row names the quote character",
    csv: `${H}\n${ROW.slice(0, -1)},“about 107, says customs”\n`,
    rows: 1,
    valid: 0,
    errors: [[2, "", "ragged_row"]],
    says: ["“ (U+201C LEFT DOUBLE QUOTATION MARK)"],
  },
  {
    description: "an unterminated quote names the quote and the lines it swallowed",
    csv: `${H}\n${ROW}\n2022,russia,86.25,Mt,reported,${S},"never closed\n2021,russia,79.64,Mt,reported,${S},\n`,
    rows: 2,
    valid: 1,
    errors: [[3, "", "unterminated_quote"]],
    notes: ["multiline_rows"],
    lines: { total: 4, rows: 3 },
    says: ["starts in row 3 (lines 3–4) is never closed", "row 3 = lines 3–4"],
  },
  {
    description: "backslash-escaped quotes in a file of our own are read as quotes",
    csv: `${H}\n2023,russia,107.02,Mt,reported,${S},"he said \\"yes\\""\n`,
    rows: 1,
    valid: 1,
    notes: ["backslash_quotes"],
    says: ["line 2"],
  },
  {
    description: "a quoted note on two lines is one row, and the report says which lines",
    csv: `${H}\n${ROW.slice(0, -1)},"first line\nsecond line"\n${ROW.replace("2023", "2022")}\n`,
    rows: 2,
    valid: 2,
    notes: ["multiline_rows"],
    lines: { total: 4, header: 1, rows: 3 },
    says: ["row 2 = lines 2–3"],
  },
  {
    description: "a quote left open that swallows whole rows is listed, never silently accepted",
    csv: `${H}\n${ROW.slice(0, -1)},"a note\n2022,russia,86.25,Mt,reported,${S},closed"\n${ROW.replace("2023", "2021")}\n`,
    rows: 2,
    valid: 1,
    errors: [[2, "", "swallowed_lines"]],
    notes: ["multiline_rows"],
    says: ["Row 2 runs over lines 2–3"],
  },
  {
    description: "invisible and bidi characters in cells are named in the messages",
    csv: `${H}\n2023,russia,107.02\u200b,Mt,reported,${S},\n2022,russia\u202e,86.25,Mt,reported,${S},\n`,
    rows: 2,
    valid: 0,
    errors: [
      [2, "value", "not_a_number"],
      [3, "series", "unknown_series"],
    ],
    says: ['"107.02" followed by U+200B ZERO WIDTH SPACE', "U+202E RIGHT-TO-LEFT OVERRIDE"],
  },
  {
    description: "a wide table of months is recognised and explained",
    csv: `series,unit,2024-01,2024-02\nrussia,Mt,9.1,8.7\n`,
    rows: 1,
    valid: 0,
    errors: [
      [1, "", "wide_table"],
      [2, "", "header_invalid"],
    ],
    says: ["one column per period (2 columns, 2024-01 to 2024-02)"],
  },
];

const wordsOf = (r: ReturnType<typeof validateCsvText>) =>
  [...r.errors.map((e) => e.message), ...r.notes.map((n) => n.message)].join("\n");

function expectCase(report: ReturnType<typeof validateCsvText>, c: Case) {
  expect(report.rows).toBe(c.rows);
  expect(report.valid.length).toBe(c.valid);
  expect(report.valid.length + report.rejectedRows.length).toBe(report.rows);
  expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual(c.errors ?? []);
  expect(report.notes.map((n) => n.code)).toEqual(c.notes ?? []);
  expect(report.lines).toMatchObject(c.lines ?? {});
  const { total, ...parts } = report.lines;
  expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(total);
  for (const words of c.says ?? []) expect(wordsOf(report)).toContain(words);
}

describe("the intake step, one file of our own per kind", () => {
  it.each(CASES)("$description", (c) => expectCase(validateCsvText(c.csv, SCHEMA), c));
});

describe("the same files read as the upload reads them (a Blob, in 5-byte chunks)", () => {
  it.each(CASES)("$description", async (c) => {
    const { validation } = await readUpload(new Blob([c.csv]), "crude_annual", shippedSourceIds(), {
      chunkSize: 5,
    });
    expectCase(validation.report, c);
    // The same report, but for the upload's rows being marked as the reader's.
    const whole = validateCsvText(c.csv, SCHEMA);
    expect({ ...validation.report, valid: validation.report.valid.length }).toEqual({
      ...whole,
      valid: whole.valid.length,
    });
  });
});
