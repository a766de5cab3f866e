import { describe, expect, it } from "vitest";
import { findDataset, type DatasetName } from "@/lib/data/datasets";
import { eventsSchema, factorsSchema, sourcesSchema, tidySchema } from "@/lib/data/schemas";
import type { ValidationReport } from "@/lib/data/types";
import { validateCsvText } from "@/lib/data/validate";
import type { TableSchema } from "@/lib/data/validate-table";
import { TIDY_HEADER as H } from "../support/data";

// Source ids the inline files may cite.
const KNOWN = new Set(["s", "t"]);
const tidy = (name: DatasetName) => tidySchema(findDataset(name)!, KNOWN);
const SCHEMAS = {
  article: tidy("article"),
  crude_annual: tidy("crude_annual"),
  prices: tidy("prices"),
  sources: sourcesSchema,
  factors: factorsSchema(KNOWN),
  events: eventsSchema(KNOWN),
} satisfies Record<string, TableSchema<unknown>>;
type SchemaName = keyof typeof SCHEMAS;

type ErrorTriple = [row: number, column: string, code: string];

interface Case {
  description: string;
  schema?: SchemaName; // article when absent
  csv: string;
  rows: number;
  rejectedRows?: number[];
  errors?: ErrorTriple[];
}

/** Validates and checks what must hold for every file: each row valid or rejected, never both. */
function run(csv: string, schema: SchemaName = "article"): ValidationReport<unknown> {
  const report = validateCsvText(csv, SCHEMAS[schema] as TableSchema<unknown>);
  expect(report.valid.length + report.rejectedRows.length).toBe(report.rows);
  expect(new Set(report.rejectedRows).size).toBe(report.rejectedRows.length);
  for (const e of report.errors) {
    expect(e.message.trim()).not.toBe("");
    expect(e.message.length).toBeLessThan(400);
  }
  return report;
}

function expectReport(c: Case) {
  const report = run(c.csv, c.schema);
  expect({
    rows: report.rows,
    rejectedRows: report.rejectedRows,
    errors: report.errors.map((e): ErrorTriple => [e.row, e.column, e.code]),
  }).toEqual({ rows: c.rows, rejectedRows: c.rejectedRows ?? [], errors: c.errors ?? [] });
}

// Valid article rows.
const G1 = "2023,gas_imports_from_russia,33.7,bcm,reported,s,";
const G2 = "2023,gas_imports_growth,40,%,reported,s,nearly";
const G3 = "2023,crude_exports_russia_to_china,2.14,mb/d,reported,t,";

describe("validateCsvText with a tidy dataset: the file as a whole", () => {
  const cases: Case[] = [
    { description: "accepts a valid file", csv: `${H}\n${G1}\n${G2}\n`, rows: 2 },
    { description: "accepts a header with no rows as an empty dataset", csv: `${H}\n`, rows: 0 },
    {
      description: "reports empty_file for an empty file (row 0: the file as a whole)",
      csv: "",
      rows: 0,
      errors: [[0, "", "empty_file"]],
    },
    {
      description: "reports empty_file for blank lines only",
      csv: "\n\n\n",
      rows: 0,
      errors: [[0, "", "empty_file"]],
    },
    {
      description: "accepts the columns in any order",
      csv: "note,source_id,basis,unit,value,series,period\n,s,reported,bcm,33.7,gas_imports_from_russia,2023\n",
      rows: 1,
    },
    {
      description: "reports missing_column on row 1 and rejects every record as header_invalid",
      csv: "period,series,value,unit,basis,source_id\n2023,gas_imports_from_russia,33.7,bcm,reported,s\n",
      rows: 1,
      rejectedRows: [2],
      errors: [
        [1, "note", "missing_column"],
        [2, "", "header_invalid"],
      ],
    },
    {
      description: "reports each missing column, in the schema's column order",
      csv: "period,series,value,source_id,note\n",
      rows: 0,
      errors: [
        [1, "unit", "missing_column"],
        [1, "basis", "missing_column"],
      ],
    },
    {
      description: "reports unknown_column for an extra column",
      csv: `${H},extra\n${G1},x\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [
        [1, "extra", "unknown_column"],
        [2, "", "header_invalid"],
      ],
    },
    {
      description: "reports a misspelt column as unknown and its real name as missing",
      csv: "period,series,value,units,basis,source_id,note\n",
      rows: 0,
      errors: [
        [1, "units", "unknown_column"],
        [1, "unit", "missing_column"],
      ],
    },
    {
      description:
        "matches a column name that differs only in case (Period is period): the intake step reports it as a note",
      csv: "Period,series,value,unit,basis,source_id,note\n",
      rows: 0,
      errors: [],
    },
    {
      description: "reads a line of nothing but commas as padding, not as a row",
      csv: `${H}\n,,,,,,\n${G1}\n`,
      rows: 1,
      errors: [],
    },
    {
      description: "reports duplicate_column for a column named twice",
      csv: `${H},note\n${G1},again\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [
        [1, "note", "duplicate_column"],
        [2, "", "header_invalid"],
      ],
    },
    {
      description: "rejects every record after an invalid header, keeping the blank line's row",
      csv: `${H},extra\n${G1},x\n\n${G2},y\n`,
      rows: 2,
      rejectedRows: [2, 4],
      errors: [
        [1, "extra", "unknown_column"],
        [2, "", "header_invalid"],
        [4, "", "header_invalid"],
      ],
    },
    {
      description: "reports a malformed quote in the header, then what it did to the names",
      csv: `"per"iod",series,value,unit,basis,source_id,note\n${G1}\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [
        [1, "", "malformed_quote"],
        [1, 'per"iod', "unknown_column"],
        [1, "period", "missing_column"],
        [2, "", "header_invalid"],
      ],
    },
    {
      description: "rejects a row with too few fields as ragged_row and keeps the next one",
      csv: `${H}\n2023,gas_imports_from_russia,33.7,bcm,reported,s\n${G2}\n`,
      rows: 2,
      rejectedRows: [2],
      errors: [[2, "", "ragged_row"]],
    },
    {
      description: "rejects a row with too many fields as ragged_row",
      csv: `${H}\n${G1},extra\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "", "ragged_row"]],
    },
    {
      description:
        "rejects the row of an unclosed quote; the rows it swallowed are not records (rows = 2)",
      csv: `${H}\n${G1}\n2023,gas_imports_growth,40,%,reported,s,"never closed\n${G3}\n`,
      rows: 2,
      rejectedRows: [3],
      errors: [[3, "", "unterminated_quote"]],
    },
    {
      description: "rejects a row whose quoted note holds an unescaped quote as malformed_quote",
      csv: `${H}\n2023,gas_imports_growth,40,%,reported,s,"a "quoted" word"\n${G1}\n`,
      rows: 2,
      rejectedRows: [2],
      errors: [[2, "", "malformed_quote"]],
    },
    {
      description: "reports every problem of a row, column by column",
      csv: `${H}\n ,,,,,,\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [
        [2, "period", "bad_period"],
        [2, "series", "unknown_series"],
        [2, "value", "not_a_number"],
        [2, "unit", "unknown_unit"],
        [2, "basis", "unknown_basis"],
        [2, "source_id", "empty_value"],
      ],
    },
  ];

  it.each(cases)("$description", (c) => expectReport(c));
});

describe("validateCsvText with a tidy dataset: accepted file formats", () => {
  const cases: Case[] = [
    { description: "accepts a UTF-8 byte-order mark", csv: `\uFEFF${H}\n${G1}\n`, rows: 1 },
    { description: "accepts CRLF line ends", csv: `${H}\r\n${G1}\r\n${G2}\r\n`, rows: 2 },
    { description: "accepts lone CR line ends", csv: `${H}\r${G1}\r${G2}`, rows: 2 },
    { description: "accepts a file without a final newline", csv: `${H}\n${G1}`, rows: 1 },
    {
      description: "skips blank lines but counts them: the bad record on line 5 is row 5",
      csv: `${H}\n\n${G1}\n\n2023,gas_imports_growth,40,kg,reported,s,\n\n`,
      rows: 2,
      rejectedRows: [5],
      errors: [[5, "unit", "unknown_unit"]],
    },
    {
      description:
        "numbers the record after a two-line quoted note row 3 (its line is 4), as a spreadsheet does",
      csv: `${H}\n2023,gas_imports_growth,40,%,reported,s,"a note, with ""quotes""\nand a second line"\n2023,gas_imports_from_russia,33.7,kg,reported,s,\n`,
      rows: 2,
      rejectedRows: [3],
      errors: [[3, "unit", "unknown_unit"]],
    },
  ];

  it.each(cases)("$description", (c) => expectReport(c));

  it("keeps a quoted note's commas, quotes and line break, and the record's spreadsheet row", () => {
    const report = run(
      `${H}\n2023,gas_imports_growth,40,%,reported,s,"a note, with ""quotes""\nand a second line"\n${G1}\n`,
    );
    expect(report.valid).toMatchObject([
      { row: 2, note: 'a note, with "quotes"\nand a second line' },
      { row: 3, note: "" },
    ]);
  });

  it("types a valid row: period parsed, value a number, value text kept as written", () => {
    const report = run(`${H}\n2023-01/09,gas_imports_from_russia,33.70,bcm,estimate,t,n\n`);
    expect(report.valid).toEqual([
      {
        dataset: "article",
        row: 2,
        period: {
          label: "2023-01/09",
          kind: "month-span",
          start: "2023-01",
          end: "2023-09",
          months: 9,
          firstMonth: 2023 * 12,
          lastMonth: 2023 * 12 + 8,
          days: 273, // 31+28+31+30+31+30+31+31+30
          partial: true,
        },
        series: "gas_imports_from_russia",
        value: 33.7,
        valueText: "33.70",
        unit: "bcm",
        basis: "estimate",
        sourceId: "t",
        note: "n",
      },
    ]);
  });
});

describe("validateCsvText with a tidy dataset: cells", () => {
  const row = (
    cells: Partial<
      Record<"period" | "series" | "value" | "unit" | "basis" | "source_id" | "note", string>
    >,
  ) => {
    const c = {
      period: "2023",
      series: "gas_imports_from_russia",
      value: "33.7",
      unit: "bcm",
      basis: "reported",
      source_id: "s",
      note: "",
      ...cells,
    };
    return [c.period, c.series, c.value, c.unit, c.basis, c.source_id, c.note].join(",");
  };
  const one = (
    description: string,
    cells: Parameters<typeof row>[0],
    errors: ErrorTriple[],
    schema?: SchemaName,
  ): Case => ({
    description,
    schema,
    csv: `${H}\n${row(cells)}\n`,
    rows: 1,
    rejectedRows: errors.length > 0 ? [2] : [],
    errors,
  });

  it.each([
    one('rejects value "1,234" (thousands separator) as not_a_number', { value: '"1,234"' }, [
      [2, "value", "not_a_number"],
    ]),
    one("rejects value 1e3 as not_a_number", { value: "1e3" }, [[2, "value", "not_a_number"]]),
    one("rejects value +1.5E-03 as not_a_number", { value: "+1.5E-03" }, [
      [2, "value", "not_a_number"],
    ]),
    one("rejects value 007 as not_a_number", { value: "007" }, [[2, "value", "not_a_number"]]),
    one("rejects value NaN as not_a_number", { value: "NaN" }, [[2, "value", "not_a_number"]]),
    one("rejects value Infinity as not_a_number", { value: "Infinity" }, [
      [2, "value", "not_a_number"],
    ]),
    one("rejects value abc as not_a_number", { value: "abc" }, [[2, "value", "not_a_number"]]),
    one("rejects an empty value as not_a_number", { value: "" }, [[2, "value", "not_a_number"]]),
    one('rejects value " 33.7" (a space) as not_a_number', { value: " 33.7" }, [
      [2, "value", "not_a_number"],
    ]),
    one("rejects a negative volume as negative_value", { value: "-1" }, [
      [2, "value", "negative_value"],
    ]),
    one("accepts a zero volume", { value: "0" }, []),
    one(
      "accepts a negative percentage (a fall)",
      { series: "gas_imports_growth", value: "-5", unit: "%" },
      [],
    ),
    one(
      "accepts a negative price differential",
      { period: "2023-03", series: "espo_vs_ice_brent", value: "-8.50", unit: "USD/bbl" },
      [],
      "prices",
    ),
    one(
      "rejects 1000.5 mb/d as implausible_value (more than 1,000 mb/d)",
      { series: "crude_exports_russia_to_china", value: "1000.5", unit: "mb/d" },
      [[2, "value", "implausible_value"]],
    ),
    one(
      "accepts exactly 1000 mb/d, the bound",
      { series: "crude_exports_russia_to_china", value: "1000", unit: "mb/d" },
      [],
    ),
    one(
      "rejects -10000.5 % as implausible_value (beyond ±10,000 %)",
      { series: "gas_imports_growth", value: "-10000.5", unit: "%" },
      [[2, "value", "implausible_value"]],
    ),
    one("rejects unit kg as unknown_unit", { unit: "kg" }, [[2, "unit", "unknown_unit"]]),
    one(
      "rejects a unit of another dataset (USD/bbl in article) as unknown_unit",
      { unit: "USD/bbl" },
      [[2, "unit", "unknown_unit"]],
    ),
    one("rejects a unit in the wrong case (BCM) as unknown_unit", { unit: "BCM" }, [
      [2, "unit", "unknown_unit"],
    ]),
    one("rejects basis Reported (capital R) as unknown_basis", { basis: "Reported" }, [
      [2, "basis", "unknown_basis"],
    ]),
    one(
      "rejects a well-formed source id not in sources.csv as unknown_source",
      { source_id: "nobody" },
      [[2, "source_id", "unknown_source"]],
    ),
    one("rejects source id Article-Oil as bad_identifier only", { source_id: "Article-Oil" }, [
      [2, "source_id", "bad_identifier"],
    ]),
    one("rejects an empty source id as empty_value", { source_id: "" }, [
      [2, "source_id", "empty_value"],
    ]),
    one("rejects series gas as unknown_series", { series: "gas" }, [
      [2, "series", "unknown_series"],
    ]),
    one(
      "rejects a series of another dataset (russia in article) as unknown_series",
      { series: "russia" },
      [[2, "series", "unknown_series"]],
    ),
    one("rejects period 2023-13 as bad_period", { period: "2023-13" }, [
      [2, "period", "bad_period"],
    ]),
    one("rejects period 2023-09/01 as bad_period", { period: "2023-09/01" }, [
      [2, "period", "bad_period"],
    ]),
    one("rejects period 2201 as bad_period", { period: "2201" }, [[2, "period", "bad_period"]]),
    one("rejects a derived value without a note as missing_formula", { basis: "derived" }, [
      [2, "note", "missing_formula"],
    ]),
    one(
      "rejects a derived value whose note is spaces as missing_formula",
      { basis: "derived", note: "   " },
      [[2, "note", "missing_formula"]],
    ),
    one(
      "accepts a derived value with its formula in the note",
      { basis: "derived", note: "22.73 + 8 × 1.36" },
      [],
    ),
    one("accepts an estimate without a note", { basis: "estimate" }, []),
  ])("$description", (c) => expectReport(c));

  // Inherited property names of a plain object are not series.
  it.each([
    one("rejects series constructor as unknown_series", { series: "constructor" }, [
      [2, "series", "unknown_series"],
    ]),
    one("rejects series toString as unknown_series", { series: "toString" }, [
      [2, "series", "unknown_series"],
    ]),
    one("rejects series __proto__ as unknown_series", { series: "__proto__" }, [
      [2, "series", "unknown_series"],
    ]),
  ])("$description", (c) => expectReport(c));
});

describe("validateCsvText with a tidy dataset: keys", () => {
  it.each<Case>([
    {
      description: "rejects a later row with the same period, series and unit as duplicate_key",
      csv: `${H}\n${G1}\n${G2}\n2023,gas_imports_from_russia,34,bcm,reported,t,\n`,
      rows: 3,
      rejectedRows: [4],
      errors: [[4, "", "duplicate_key"]],
    },
    {
      description: "keeps one period and series in two units as two rows",
      schema: "crude_annual",
      csv: `${H}\n2023,russia,107.02,Mt,reported,s,\n2023,russia,2.14,mb/d,reported,s,\n`,
      rows: 2,
    },
    {
      description: "lets a rejected row claim no key: the valid row after it with that key stays",
      csv: `${H}\n2023,gas_imports_from_russia,33.7,bcm,reported,nobody,\n${G1}\n`,
      rows: 2,
      rejectedRows: [2],
      errors: [[2, "source_id", "unknown_source"]],
    },
  ])("$description", (c) => expectReport(c));

  it("names the first row of a duplicate key in the message", () => {
    const report = run(`${H}\n${G1}\n\n2023,gas_imports_from_russia,34,bcm,reported,t,\n`);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toContain("row 2");
  });
});

describe("validateCsvText with sources.csv", () => {
  const SH = "id,publisher,via,title,date,url,quote";
  it.each<Case>([
    {
      description: "accepts sources with a full date, a month, no date, a project path and no url",
      schema: "sources",
      csv: `${SH}\ns,Pub,,Title,2024-05-16,https://example.com/a,A sentence.\nt,Notes,,,2022-02,shared/reference/README.md,"A sentence, with a comma."\nu,Article,,,,,"Quote ""in quotes""."\n`,
      rows: 3,
    },
    ...["ftp://example.com/x", "example.com", "https://exa mple.com"].map((url): Case => ({
      description: `rejects url ${url} as bad_url`,
      schema: "sources",
      csv: `${SH}\ns,Pub,,,,${url},Q.\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "url", "bad_url"]],
    })),
    {
      description: "rejects date 16 May 2024 as bad_date",
      schema: "sources",
      csv: `${SH}\ns,Pub,,,16 May 2024,,Q.\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "date", "bad_date"]],
    },
    {
      description: "rejects an empty publisher and a blank quote as empty_value",
      schema: "sources",
      csv: `${SH}\ns,,,,,,"  "\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [
        [2, "publisher", "empty_value"],
        [2, "quote", "empty_value"],
      ],
    },
    {
      description: "rejects id Bad Id as bad_identifier",
      schema: "sources",
      csv: `${SH}\nBad Id,Pub,,,,,Q.\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "id", "bad_identifier"]],
    },
    {
      description: "rejects a repeated id as duplicate_key",
      schema: "sources",
      csv: `${SH}\ns,Pub,,,,,Q.\ns,Other,,,,,R.\n`,
      rows: 2,
      rejectedRows: [3],
      errors: [[3, "id", "duplicate_key"]],
    },
    {
      description: "reports a missing quote column",
      schema: "sources",
      csv: "id,publisher,via,title,date,url\ns,Pub,,,,\n",
      rows: 1,
      rejectedRows: [2],
      errors: [
        [1, "quote", "missing_column"],
        [2, "", "header_invalid"],
      ],
    },
  ])("$description", (c) => expectReport(c));
});

describe("validateCsvText with factors.csv", () => {
  const FH = "id,value,low,high,unit,source_id,note";
  const one = (description: string, line: string, errors: ErrorTriple[]): Case => ({
    description,
    schema: "factors",
    csv: `${FH}\n${line}\n`,
    rows: 1,
    rejectedRows: errors.length > 0 ? [2] : [],
    errors,
  });
  it.each<Case>([
    one("accepts low ≤ value ≤ high", "crude_bbl_per_tonne,7.3,7.22,7.45,bbl/t,s,", []),
    one(
      "accepts a factor without a range (value = low = high)",
      "gas_mtoe_per_bcm,0.860,0.860,0.860,Mtoe/bcm,t,BP",
      [],
    ),
    one("rejects a value above high as range_order (7.5 > 7.45)", "x,7.5,7.22,7.45,bbl/t,s,", [
      [2, "value", "range_order"],
    ]),
    one("rejects a value below low as range_order (7.0 < 7.22)", "x,7.0,7.22,7.45,bbl/t,s,", [
      [2, "value", "range_order"],
    ]),
    one("rejects low above high as range_order", "x,7.3,7.45,7.22,bbl/t,s,", [
      [2, "value", "range_order"],
    ]),
    one("rejects a zero factor as not_positive (a factor must be above zero)", "x,0,0,1,u,s,", [
      [2, "value", "not_positive"],
    ]),
    one("rejects a negative factor as not_positive", "x,-1,-2,0,u,s,", [
      [2, "value", "not_positive"],
    ]),
    one('rejects low "7,22" as not_a_number', 'x,7.3,"7,22",7.45,u,s,', [
      [2, "low", "not_a_number"],
    ]),
    one("rejects an empty unit as empty_value", "x,7.3,7.22,7.45,,s,", [
      [2, "unit", "empty_value"],
    ]),
    one("rejects an unknown source as unknown_source", "x,7.3,7.22,7.45,u,nobody,", [
      [2, "source_id", "unknown_source"],
    ]),
    {
      description: "rejects a repeated id as duplicate_key",
      schema: "factors",
      csv: `${FH}\nx,1,1,1,u,s,\nx,2,2,2,u,s,\n`,
      rows: 2,
      rejectedRows: [3],
      errors: [[3, "id", "duplicate_key"]],
    },
  ])("$description", (c) => expectReport(c));
});

describe("validateCsvText with events.csv", () => {
  const EH = "date,label,detail,source_id";
  it.each<Case>([
    {
      description: "accepts a full date and a month, and an empty detail",
      schema: "events",
      csv: `${EH}\n2024-05-16,Visit,"Beijing, then Harbin",s\n2022-02,Invasion,,t\n`,
      rows: 2,
    },
    {
      description: "rejects date 2024-13-01 and an empty date as bad_date",
      schema: "events",
      csv: `${EH}\n2024-13-01,A,,s\n,B,,s\n`,
      rows: 2,
      rejectedRows: [2, 3],
      errors: [
        [2, "date", "bad_date"],
        [3, "date", "bad_date"],
      ],
    },
    {
      description: "rejects an empty label as empty_value",
      schema: "events",
      csv: `${EH}\n2024-05-16,,x,s\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "label", "empty_value"]],
    },
    {
      description:
        "rejects a repeated date and label as duplicate_key; another label that day is fine",
      schema: "events",
      csv: `${EH}\n2022-02,A,,s\n2022-02,B,,s\n2022-02,A,again,t\n`,
      rows: 3,
      rejectedRows: [4],
      errors: [[4, "", "duplicate_key"]],
    },
    {
      description: "rejects an unknown source as unknown_source",
      schema: "events",
      csv: `${EH}\n2022-02,A,,nobody\n`,
      rows: 1,
      rejectedRows: [2],
      errors: [[2, "source_id", "unknown_source"]],
    },
  ])("$description", (c) => expectReport(c));
});

describe("validateCsvText with huge input", () => {
  const FIVE_MB = 5 * 1024 * 1024;

  it("reports a 5 MB one-field header as one clipped unknown column and seven missing ones", () => {
    const report = run("x".repeat(FIVE_MB));
    expect(report.rows).toBe(0);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, `${"x".repeat(40)}…`, "unknown_column"],
      ...["period", "series", "value", "unit", "basis", "source_id", "note"].map((c) => [
        1,
        c,
        "missing_column",
      ]),
    ]);
  });

  it("rejects a 5 MB record without commas as one ragged row", () => {
    const report = run(`${H}\n${"x".repeat(FIVE_MB)}\n${G1}\n`);
    expect(report.rows).toBe(2);
    expect(report.rejectedRows).toEqual([2]);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[2, "ragged_row"]]);
  });

  // A header of 1,000,001 empty names once overflowed the call stack (errors.push(...problems)).
  it("reports a header of a million commas instead of throwing, with the header errors capped", () => {
    const report = run(",".repeat(1_000_000));
    expect(report.rows).toBe(0);
    const codes = report.errors.map((e) => e.code);
    expect(codes).toContain("missing_column");
    expect(codes).toContain("too_many_header_errors");
    // 20 capped problems + the summary + 7 missing columns (no header field is a real column name)
    expect(report.errors.length).toBe(20 + 1 + 7);
  });
});
