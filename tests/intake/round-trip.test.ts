// Every CSV the project writes goes back in: a dataset download, a panel's "displayed data" and
// the rejected-rows download are each written, edited as a reader would in a spreadsheet (one
// value changed, one bad cell fixed), and read again. Extra provenance columns are recognised and
// said to be ignored; the edited value arrives; nothing else changes.
import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { findDataset } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { observationsCsv, observationsWithQuotesCsv } from "@/lib/export/tables";
import { panelRowsCsv } from "@/lib/export/panel-csv";
import { rowFromObservation } from "@/lib/panels/rows";
import { rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import { validateStream } from "@/lib/upload/validate-stream";
import type { Observation } from "@/lib/data/types";
import { shippedFiles } from "../support/data";
import { shippedSourceIds } from "./support";

const bundle = buildBundle(shippedFiles());
const rows = bundle.datasets.crude_annual;
const SCHEMA = tidySchema(findDataset("crude_annual")!, shippedSourceIds());
const fields = (o: Observation) => [
  o.period.label,
  o.series,
  o.valueText,
  o.unit,
  o.basis,
  o.sourceId,
  o.note,
];

/** The CSV with 2023's Russian tonnes changed from 107.02 to 110.5, as a spreadsheet edit. */
const edit = (csv: string) => {
  const out = csv.replace(/^2023,russia,107\.02,Mt,/m, "2023,russia,110.5,Mt,");
  expect(out, "the edit found its line").not.toBe(csv);
  return out;
};
const expected = rows.map((o) => {
  const f = fields(o);
  return f[0] === "2023" && f[1] === "russia" && f[3] === "Mt"
    ? [f[0], f[1], "110.5", ...f.slice(3)]
    : f;
});

describe("round trips: what the project writes, edited and uploaded back", () => {
  it("the dataset download (/data/crude_annual.csv) reads back whole, with the edit", () => {
    const report = validateCsvText(edit(observationsCsv(rows)), SCHEMA);
    expect(report.rejectedRows).toEqual([]);
    expect(report.valid.map(fields)).toEqual(expected);
    expect(report.notes).toEqual([]);
  });

  it("the download with provenance columns (dataset, source_publisher, source_url, source_quote) reads back, the extra columns said to be ignored", () => {
    const csv = observationsWithQuotesCsv(rows, bundle.sources).replace(
      /^crude_annual,2023,russia,107\.02,Mt,/m,
      "crude_annual,2023,russia,110.5,Mt,",
    );
    const report = validateCsvText(csv, SCHEMA);
    expect(report.rejectedRows).toEqual([]);
    expect(report.valid.map(fields)).toEqual(expected);
    expect(report.notes.map((n) => n.code)).toEqual(["ignored_columns"]);
    expect(report.notes[0]!.message).toContain(
      '"dataset", "source_publisher", "source_url" and "source_quote" are columns the project\'s own downloads add',
    );
  });

  it("a panel's displayed data (series_label, source details, origin) reads back, the extra columns said to be ignored", () => {
    const csv = panelRowsCsv(
      rows.map((o) => rowFromObservation(o, "Russia")),
      bundle.sources,
    ).replace(/^2023,russia,Russia,107\.02,Mt,/m, "2023,russia,Russia,110.5,Mt,");
    const report = validateCsvText(csv, SCHEMA);
    expect(report.rejectedRows).toEqual([]);
    expect(report.valid.map(fields)).toEqual(expected);
    expect(report.notes.map((n) => n.code)).toEqual(["ignored_columns"]);
    expect(report.notes[0]!.message).toContain('"series_label"');
    expect(report.notes[0]!.message).toContain('"origin"');
  });

  it("the rejected-rows download, its bad cells fixed, reads back: row and reasons are ignored", async () => {
    const S = "asiafinancial-russia-crude-2023";
    const bad = [
      "period,series,value,unit,basis,source_id,note",
      `2023,russia,"107,02",Mt,reported,${S},`,
      `2022,russia,86.25,tonnes,reported,${S},`,
      `2021,russia,79.64,Mt,reported,${S},`,
      "",
    ].join("\n");
    const { header, rejected, report } = await validateStream(bad, SCHEMA);
    expect(report.rejectedRows).toEqual([2, 3]);
    const download = rejectedRowsCsv(header, rejected, report.errors);
    // The reader fixes both cells in a spreadsheet and saves.
    const fixed = download.replace('"107,02"', "107.02").replace(",tonnes,", ",Mt,");
    expect(fixed).not.toBe(download);
    const back = validateCsvText(fixed, SCHEMA);
    expect(back.rejectedRows).toEqual([]);
    expect(back.valid.map((o) => [o.period.label, o.valueText, o.unit])).toEqual([
      ["2023", "107.02", "Mt"],
      ["2022", "86.25", "Mt"],
    ]);
    expect(back.notes.map((n) => n.code)).toEqual(["ignored_columns"]);
    expect(back.notes[0]!.message).toContain('"row" and "reasons"');
  });
});
