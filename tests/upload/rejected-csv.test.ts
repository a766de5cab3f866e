import { describe, expect, it } from "vitest";
import { RecordStore } from "@/lib/csv/fast/record-store";
import { readCsvText } from "@/lib/csv/read";
import { findDataset } from "@/lib/data/datasets";
import type { RowError } from "@/lib/data/types";
import { tidySchema } from "@/lib/data/schemas";
import { describeError, rejectedCsvParts, rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import { validateStream } from "@/lib/upload/validate-stream";
import { TIDY_HEADER as H } from "../support/data";

const schema = tidySchema(findDataset("crude_annual")!, new Set(["s"]));

/** The rejected-rows CSV of `csv`, as validateStream's output feeds it. */
async function rejectedOf(csv: string) {
  const { header, rejected, report } = await validateStream(csv, schema);
  return rejectedRowsCsv(header, rejected, report.errors);
}

describe("rejectedRowsCsv(header, rejected, errors)", () => {
  it("lists each rejected row: its number, its cells as written, and every reason", async () => {
    const csv = `${H}\n2023,russia,107.02,Mt,reported,s,\n2023,russia,"1,234",Mt,reported,x,\n`;
    expect(await rejectedOf(csv)).toBe(
      [
        "row,period,series,value,unit,basis,source_id,note,reasons",
        `3,2023,russia,"1,234",Mt,reported,x,,"value: not_a_number: ""1,234"" has a comma (,) as a thousands separator; write 1234 if that is what you mean. | source_id: unknown_source: Source ""x"" is not in sources.csv."`,
        "",
      ].join("\n"),
    );
  });

  it("defuses a rejected cell that a spreadsheet would run as a formula", async () => {
    const csv = `${H}\n"=HYPERLINK(""http://x"")",russia,1,Mt,reported,s,@SUM(A1)\n`;
    const row = readCsvText(await rejectedOf(csv)).records[0]!.fields;
    expect(row.slice(0, 2)).toEqual(["2", `'=HYPERLINK("http://x")`]);
    expect(row[7]).toBe("'@SUM(A1)");
  });

  it("keeps a negative number a number", async () => {
    const csv = `${H}\n2023,russia,-5,Mt,reported,s,\n`;
    expect(readCsvText(await rejectedOf(csv)).records[0]!.fields[3]).toBe("-5");
  });

  it("gives cells past the header columns of their own, extra_1 and on", async () => {
    const csv = `${H}\n2023,russia,1,Mt,reported,s,,x,y\n`;
    const table = readCsvText(await rejectedOf(csv));
    expect(table.header!.fields.slice(-3)).toEqual(["extra_1", "extra_2", "reasons"]);
    expect(
      table.records[0]!.fields.slice(0, 1).concat(table.records[0]!.fields.slice(8, 10)),
    ).toEqual(["2", "x", "y"]);
  });

  it("puts the header's own problems first, as row 1 with the header's cells", async () => {
    const csv = "period,series,value,unit,basis,source,note\n2023,russia,1,Mt,reported,s,\n";
    const records = readCsvText(await rejectedOf(csv)).records;
    expect(records.map((r) => r.fields[0])).toEqual(["1", "2"]);
    expect(records[0]!.fields.slice(1, 8)).toEqual([
      "period",
      "series",
      "value",
      "unit",
      "basis",
      "source",
      "note",
    ]);
    expect(records[0]!.fields[8]).toContain("source: unknown_column");
    expect(records[0]!.fields[8]).toContain("source_id: missing_column");
    expect(records[1]!.fields[8]).toBe(
      "header_invalid: Not read: the header is not valid (see row 1).",
    );
  });

  it("says an empty file is empty, as row 0", async () => {
    expect(await rejectedOf("")).toBe(
      'row,reasons\n0,"empty_file: The file is empty: it needs a header (period,series,value,unit,basis,source_id,note) and rows."\n',
    );
  });

  it("writes the same text in parts as whole", async () => {
    const csv = `${H}\n${Array.from({ length: 25 }, (_, i) => `2023,russia,${i},Mt,reported,s,`).join("\n")}\n`;
    const { header, rejected, report } = await validateStream(csv, schema);
    const parts = [...rejectedCsvParts(header, rejected, report.errors, 10)];
    expect(parts).toHaveLength(4);
    expect(parts.join("")).toBe(rejectedRowsCsv(header, rejected, report.errors));
    expect(readCsvText(parts.join("")).records).toHaveLength(24);
  });
});

describe("reasons walked in row order (the fast path) equal the plain map of reasons", () => {
  // The plain definition: every row's reasons joined in a map; rows with errors and no record
  // first, in row order, with the header's cells for row 1; then each record in the given order.
  function plain(
    header: string[],
    rejected: { row: number; fields: string[] }[],
    errors: RowError[],
  ) {
    const reasons = new Map<number, string>();
    for (const e of errors)
      reasons.set(
        e.row,
        reasons.has(e.row) ? `${reasons.get(e.row)} | ${describeError(e)}` : describeError(e),
      );
    const inRecords = new Set(rejected.map((r) => r.row));
    const lines = [["row", ...header, "reasons"].join(",")];
    for (const row of [...reasons.keys()].filter((r) => !inRecords.has(r)).sort((a, b) => a - b))
      lines.push([row, ...(row === 1 ? header : header.map(() => "")), reasons.get(row)].join(","));
    for (const r of rejected) lines.push([r.row, ...r.fields, reasons.get(r.row) ?? ""].join(","));
    return `${lines.join("\n")}\n`;
  }
  const e = (row: number, message: string): RowError => ({
    row,
    column: "",
    code: "ragged_row",
    message,
  });
  const header = { row: 1, fields: ["a", "b"] };
  // Found out of row order: a row's second error after another row's, the file's problem last.
  const errors = [e(1, "H."), e(5, "X."), e(3, "Y."), e(5, "Z."), e(9, "W."), e(0, "F.")];

  it("in file order: file and header rows first, each record's reasons in the order found", () => {
    const rejected = [
      { row: 3, fields: ["p", "q"] },
      { row: 5, fields: ["r", "s"] },
    ];
    const csv = [...rejectedCsvParts(header, RecordStore.of(rejected), errors, 1)].join("");
    expect(csv).toBe(
      [
        "row,a,b,reasons",
        "0,,,ragged_row: F.",
        "1,a,b,ragged_row: H.",
        "9,,,ragged_row: W.",
        "3,p,q,ragged_row: Y.",
        "5,r,s,ragged_row: X. | ragged_row: Z.",
        "",
      ].join("\n"),
    );
    expect(csv).toBe(plain(header.fields, rejected, errors));
  });

  it("records not in file order take the plain map, to the same text", () => {
    const rejected = [
      { row: 5, fields: ["r", "s"] },
      { row: 3, fields: ["p", "q"] },
    ];
    expect(rejectedRowsCsv(header, RecordStore.of(rejected), errors)).toBe(
      plain(header.fields, rejected, errors),
    );
  });
});

describe("describeError", () => {
  it.each<{ e: RowError; expected: string }>([
    {
      e: { row: 3, column: "value", code: "not_a_number", message: "M." },
      expected: "value: not_a_number: M.",
    },
    { e: { row: 3, column: "", code: "ragged_row", message: "M." }, expected: "ragged_row: M." },
  ])("$expected", ({ e, expected }) => {
    expect(describeError(e)).toBe(expected);
  });
});
