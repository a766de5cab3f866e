import { describe, expect, it } from "vitest";
import { readCsvText } from "@/lib/csv/read";
import { findDataset, type DatasetName } from "@/lib/data/datasets";
import {
  capacitiesSchema,
  eventsSchema,
  factorsSchema,
  ledgerSchema,
  sourcesSchema,
  tidySchema,
} from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import type { TableSchema } from "@/lib/data/validate-table";
import { previewErrors } from "@/lib/upload/preview";
import { validateStream } from "@/lib/upload/validate-stream";
import { shippedFiles, TIDY_HEADER as H } from "../support/data";

const KNOWN = new Set(["s", "t"]);
const tidy = (name: DatasetName) => tidySchema(findDataset(name)!, KNOWN) as TableSchema<unknown>;

// Each case has a problem a reader's file really has; expected values come from validateCsvText,
// the definition the build and the CLI use, so only the sameness is tested here.
const CASES: { description: string; schema: TableSchema<unknown>; csv: string }[] = [
  {
    description: "valid rows, a bad value, a ragged row and a duplicate key",
    schema: tidy("crude_annual"),
    csv: `${H}\n2023,russia,107.02,Mt,reported,s,\n2023,russia,"1,234",Mt,reported,s,\n2022,russia,1,Mt\n2023,russia,9,Mt,reported,t,\n`,
  },
  {
    description: "a quoted note over three lines, CRLF line ends and blank lines",
    schema: tidy("crude_annual"),
    csv: `${H}\r\n\r\n2023,russia,107.02,Mt,reported,s,"a\r\nb\r\nc"\r\n\r\n2022,russia,88,Mt,reported,s,\r\n`,
  },
  {
    description: "an unterminated quote swallowing the rest of the file",
    schema: tidy("crude_annual"),
    csv: `${H}\n2023,russia,1,Mt,reported,s,"open\n2022,russia,2,Mt,reported,s,\n`,
  },
  {
    description: "a header with an unknown and a missing column",
    schema: tidy("prices"),
    csv: "period,series,value,unit,basis,source,note\n2023-01,urals_price,60,USD/bbl,reported,s,\n",
  },
  { description: "an empty file", schema: tidy("article"), csv: "" },
  { description: "a header only, after a BOM", schema: tidy("article"), csv: `\uFEFF${H}\n` },
  {
    description: "sources: a bad id and a bad url",
    schema: sourcesSchema as TableSchema<unknown>,
    csv: "id,publisher,via,title,date,url,quote\nok,P,,T,2024-05,https://x.org/a,Q\nBad Id,P,,T,,ftp://x,Q\n",
  },
  {
    description: "factors: a value outside its range",
    schema: factorsSchema(KNOWN) as TableSchema<unknown>,
    csv: "id,value,low,high,unit,source_id,note\nbbl_per_t,7.3,7.2,7.5,bbl/t,s,\nx,9,7,8,bbl/t,s,\n",
  },
  {
    description: "events: an impossible date",
    schema: eventsSchema(KNOWN) as TableSchema<unknown>,
    csv: "date,label,detail,source_id\n2019-12-02,Opened,,s\n2023-02-30,Never,,s\n",
  },
];

describe("validateStream(input, schema) reports what validateCsvText reports", () => {
  it.each(CASES)("$description", async ({ schema, csv }) => {
    const expected = validateCsvText(csv, schema);
    for (const chunkSize of [1, 3, 16, 1000]) {
      const fromText = await validateStream(csv, schema, { chunkSize });
      const fromBlob = await validateStream(new Blob([csv]), schema, { chunkSize });
      for (const { end, report } of [fromText, fromBlob]) {
        expect(end).toEqual({ status: "complete" });
        expect(report).toEqual(expected);
        expect(report.valid.length + report.rejectedRows.length).toBe(report.rows);
      }
    }
  });

  it.each(CASES)("$description: keeps each rejected record as written", async ({ schema, csv }) => {
    const { report, rejected, header } = await validateStream(csv, schema, { chunkSize: 7 });
    const table = readCsvText(csv);
    expect(header).toEqual(table.header);
    expect([...rejected]).toEqual(table.records.filter((r) => report.rejectedRows.includes(r.row)));
  });

  it("every shipped file validates streamed as it does whole", async () => {
    const files = shippedFiles();
    const ids = new Set(
      validateCsvText(files["sources.csv"]!, sourcesSchema).valid.map((s) => s.id),
    );
    const schemas: Record<string, TableSchema<unknown>> = {
      "sources.csv": sourcesSchema as TableSchema<unknown>,
      "factors.csv": factorsSchema(ids) as TableSchema<unknown>,
      "events.csv": eventsSchema(ids) as TableSchema<unknown>,
      "capacities.csv": capacitiesSchema(ids) as TableSchema<unknown>,
      "ledger.csv": ledgerSchema(ids) as TableSchema<unknown>,
    };
    for (const [name, text] of Object.entries(files)) {
      const spec = findDataset(name.replace(/\.csv$/, ""));
      const schema = spec ? (tidySchema(spec, ids) as TableSchema<unknown>) : schemas[name]!;
      const { report } = await validateStream(text, schema, { chunkSize: 97 });
      expect(report, name).toEqual(validateCsvText(text, schema));
    }
  });

  it("reports rows read while it reads, and stops when aborted", async () => {
    // Past the 1 MiB line-ending sample, so rows are validated while the file is still read.
    const csv = `${H}\n${"2023,russia,1,Mt,reported,s,\n".repeat(50_000)}`;
    const seen: number[] = [];
    const controller = new AbortController();
    const { end } = await validateStream(new Blob([csv]), tidy("crude_annual"), {
      chunkSize: 128 * 1024,
      signal: controller.signal,
      onProgress(rows) {
        seen.push(rows);
        if (seen.length === 2) controller.abort();
      },
    });
    expect(end).toEqual({ status: "aborted" });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeGreaterThan(30_000);
    expect(seen[1]).toBeGreaterThan(seen[0]!);
  });
});

describe('validateStream(…, { keepRejected: "if wide" })', () => {
  it("keeps a wide table's records, to be read as one row per period", async () => {
    const csv = "series,unit,2022,2023\nrussia,Mt,88.1,107.02\nsaudi,Mt,83.5,85.96\n";
    const { report, rejected } = await validateStream(csv, tidy("crude_annual"), {
      keepRejected: "if wide",
    });
    expect(report.wide).not.toBe(null);
    expect([...rejected]).toEqual([
      { row: 2, fields: ["russia", "Mt", "88.1", "107.02"] },
      { row: 3, fields: ["saudi", "Mt", "83.5", "85.96"] },
    ]);
  });

  it("keeps none of a tidy file's rejected records, and reports them all the same", async () => {
    const csv = `${H}\n2023,russia,107.02,Mt,reported,s,\n2023,russia,"1,234",Mt,reported,s,\n2022,russia,1,Mt\n`;
    const kept = await validateStream(csv, tidy("crude_annual"));
    const { report, rejected } = await validateStream(csv, tidy("crude_annual"), {
      keepRejected: "if wide",
    });
    expect(kept.rejected.length).toBe(2);
    expect(rejected.length).toBe(0);
    expect(report.rejectedRows).toEqual([3, 4]);
    expect(report.errors).toEqual(kept.report.errors);
  });
});

describe("validateStream(…, { keepErrors: n }) keeps the errors of the first n rejected rows", () => {
  // Rows 3, 4, 6 and 7 are rejected, with 2, 1, 1 and 1 errors.
  const csv = [
    H,
    "2023,russia,107.02,Mt,reported,s,",
    "2022,nowhere,1,kg,reported,s,",
    "2021,russia,1,Mt",
    "2020,russia,5,Mt,reported,s,",
    "2023,russia,9,Mt,reported,t,",
    "2019,russia,2,Mt,reported,unknown-id,",
    "",
  ].join("\n");
  const codes = (errors: { row: number; code: string }[]) => errors.map((e) => [e.row, e.code]);

  it("counts every error, keeps those of the rows asked for, and rejects the same rows", async () => {
    const { report } = await validateStream(csv, tidy("crude_annual"), { keepErrors: 2 });
    expect(report.rejectedRows).toEqual([3, 4, 6, 7]);
    expect(codes(report.errors)).toEqual([
      [3, "unknown_series"],
      [3, "unknown_unit"],
      [4, "ragged_row"],
    ]);
    expect(report.errorCount).toBe(5);
    expect(report.valid.map((o) => (o as { row: number }).row)).toEqual([2, 5]);
  });

  it("gives the report's preview of those rows as the full reading gives it", async () => {
    const full = await validateStream(csv, tidy("crude_annual"));
    expect(full.report.errorCount).toBe(5);
    expect(full.report.errors).toHaveLength(5);
    for (const n of [1, 2, 3, 4, 5]) {
      const { report } = await validateStream(csv, tidy("crude_annual"), { keepErrors: n });
      expect(report.errorCount, `keepErrors ${n}`).toBe(5);
      expect(previewErrors(report, n), `keepErrors ${n}`).toEqual(previewErrors(full.report, n));
    }
  });

  it("keeps the header's errors whatever n is", async () => {
    const bad = "period,series,value\n2023,russia,1\n2022,russia,2\n";
    const { report } = await validateStream(bad, tidy("crude_annual"), { keepErrors: 0 });
    const full = validateCsvText(bad, tidy("crude_annual"));
    const headerErrors = full.errors.filter((e) => e.row <= 1);
    expect(headerErrors.length).toBeGreaterThan(0);
    expect(report.errors).toEqual(headerErrors);
    expect(report.errorCount).toBe(full.errors.length);
    expect(report.rejectedRows).toEqual([2, 3]);
  });
});
