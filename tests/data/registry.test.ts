// One registry maps each file in data/ to its schema and key: the bundle, the CLI, the upload and
// datapackage.json all read it, so a key is written once.
import { describe, expect, it } from "vitest";
import { DATA_FILES, dataFileSpec, isDataFileName, schemaOf } from "@/lib/data/registry";
import { validateCsvText } from "@/lib/data/validate";
import { SUPPORT_TARGETS, SUPPORT_COLUMNS } from "@/lib/upload/targets";
import { supportTableSchema, tidyTableSchema } from "@/lib/publish/table-schemas";
import { findDataset } from "@/lib/data/datasets";

// [file, kind, uploadable, primary key]: what each file is, written out by hand.
const EXPECTED: [string, "support" | "dataset", boolean, string[]][] = [
  ["sources.csv", "support", true, ["id"]],
  ["factors.csv", "support", true, ["id"]],
  ["events.csv", "support", true, ["date", "label"]],
  ["capacities.csv", "support", false, ["route", "valid_from"]],
  ["ledger.csv", "support", false, ["quantity", "period", "unit", "source_id"]],
  ["article.csv", "dataset", true, ["period", "series", "unit"]],
  ["crude_annual.csv", "dataset", true, ["period", "series", "unit"]],
  ["crude_monthly.csv", "dataset", true, ["period", "series", "unit"]],
  ["gas_china.csv", "dataset", true, ["period", "series", "unit"]],
  ["gas_europe.csv", "dataset", true, ["period", "series", "unit"]],
  ["savings.csv", "dataset", true, ["period", "series", "unit"]],
  ["prices.csv", "dataset", true, ["period", "series", "unit"]],
];

describe("DATA_FILES", () => {
  it("lists every file of data/, support files first with sources.csv leading", () => {
    expect(DATA_FILES.map((f) => f.file)).toEqual(EXPECTED.map((e) => e[0]));
  });

  it.each(EXPECTED)("%s: %s, uploadable %s, key %j", (file, kind, uploadable, key) => {
    const spec = dataFileSpec(file)!;
    expect([spec.kind, spec.uploadable, spec.primaryKey]).toEqual([kind, uploadable, key]);
  });

  it("the upload takes the uploadable support files with the registry's headers", () => {
    expect(SUPPORT_TARGETS).toEqual(["sources", "factors", "events"]);
    expect(SUPPORT_COLUMNS.events).toEqual(["date", "label", "detail", "source_id", "topics"]);
  });

  it("names only files of data/", () => {
    expect([
      isDataFileName("ledger"),
      isDataFileName("metrics"),
      isDataFileName("ledger.csv"),
    ]).toEqual([true, false, false]);
  });
});

describe("one key, used by the validator and datapackage.json alike", () => {
  it.each(EXPECTED)("%s: datapackage primaryKey is the validator's", (file, kind, _u, key) => {
    const name = file.replace(/\.csv$/, "");
    const table =
      kind === "dataset" ? tidyTableSchema(findDataset(name)!) : supportTableSchema(file, {});
    expect(table?.primaryKey).toEqual(key);
  });

  it("a second row with the same key is rejected, naming every key column", () => {
    // Two rows of events.csv with the same date and label, different detail.
    const text = [
      "date,label,detail,source_id,topics",
      "2025-01-01,Transit ends,a,s1,europe",
      "2025-01-01,Transit ends,b,s1,europe",
    ].join("\n");
    const report = validateCsvText(text, schemaOf("events", new Set(["s1"])));
    expect(report.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
      [3, "", "duplicate_key", "Same date and label as row 2."],
    ]);
  });

  it("a one-column key names its column", () => {
    const text = [
      "id,value,low,high,unit,source_id,note",
      "f,7.3,7,7.5,bbl/t,s1,",
      "f,7.4,7,7.5,bbl/t,s1,",
    ].join("\n");
    const report = validateCsvText(text, schemaOf("factors", new Set(["s1"])));
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "id", "duplicate_key"],
    ]);
  });
});
