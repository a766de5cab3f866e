// Length: one Table Schema per kind of file, field by field; splitting them apart would scatter
// the constraints a reader compares with the validator's.
// Table Schemas (Frictionless Data Package v2, https://datapackage.org/standard/table-schema/)
// for every CSV under /data/, written from the same declarations the validator uses
// (data/datasets.ts, data/registry.ts for keys, catalog/vocabulary.ts), so the two cannot drift apart.
import { BASIS_MEANINGS, UNIT_NAMES } from "../catalog/vocabulary";
import { TIDY_COLUMN_MEANINGS } from "../catalog/files";
import { datasetFile, type DatasetSpec } from "../data/datasets";
import { dataFileSpec } from "../data/registry";
import { BASES } from "../data/types";

interface Field {
  name: string;
  type: "string" | "number" | "date";
  description?: string;
  constraints?: Record<string, unknown>;
  categories?: { value: string; label: string }[];
  [extra: string]: unknown;
}

export interface TableSchema {
  $schema: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

const TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

/** Periods as data/period.ts reads them: 2023, 2023-06, 2023-01/09, 2018/2019. */
const PERIOD_PATTERN = "^[0-9]{4}(-[0-9]{2}(/[0-9]{2})?|/[0-9]{4})?$";
/** Dates as data/columns.ts coerceDate reads them: YYYY-MM-DD, or YYYY-MM. */
const DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$";
/** Identifiers (source ids, factor ids): data/columns.ts coerceIdentifier. */
const ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";

const required = { required: true };
const toSources = { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } };

/** A tidy dataset: one row is one number, with its unit, basis and source. */
export function tidyTableSchema(spec: DatasetSpec): TableSchema {
  const m = TIDY_COLUMN_MEANINGS;
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: [
      {
        name: "period",
        type: "string",
        description: m.period,
        constraints: { ...required, pattern: PERIOD_PATTERN },
      },
      {
        name: "series",
        type: "string",
        description: m.series,
        constraints: { ...required, enum: Object.keys(spec.series) },
        categories: Object.entries(spec.series).map(([value, label]) => ({ value, label })),
      },
      {
        name: "value",
        type: "number",
        description: `${m.value} In the row's unit.`,
        constraints: required,
      },
      {
        name: "unit",
        type: "string",
        description: m.unit,
        constraints: { ...required, enum: [...spec.units] },
        categories: spec.units.map((u) => ({ value: u, label: UNIT_NAMES[u] })),
      },
      {
        name: "basis",
        type: "string",
        description: m.basis,
        constraints: { ...required, enum: [...BASES] },
        categories: BASES.map((b) => ({ value: b, label: BASIS_MEANINGS[b] })),
      },
      {
        name: "source_id",
        type: "string",
        description: m.source_id,
        constraints: { ...required, pattern: ID_PATTERN },
      },
      { name: "note", type: "string", description: m.note },
    ],
    // The validator's own key (the registry's, from data/tidy-schema.ts).
    primaryKey: [...dataFileSpec(datasetFile(spec.name))!.primaryKey],
    foreignKeys: [toSources],
    missingValues: [""],
  };
}

const text = (name: string, description: string, isRequired = false): Field => ({
  name,
  type: "string",
  description,
  ...(isRequired ? { constraints: required } : {}),
});

const number = (name: string, description: string, isRequired: boolean): Field => ({
  name,
  type: "number",
  description,
  ...(isRequired ? { constraints: required } : {}),
});

/** The support and computed files, by file name; column meanings from catalog/files.ts. */
export function supportTableSchema(
  file: string,
  meanings: Readonly<Record<string, string>>,
): TableSchema | null {
  const d = (c: string) => meanings[c] ?? "";
  // A data file's key is the validator's (lib/data/registry.ts); computed files state their own.
  const key = dataFileSpec(file)?.primaryKey;
  const schema = (fields: Field[], extra: Partial<TableSchema> = {}): TableSchema => ({
    $schema: TABLE_SCHEMA_PROFILE,
    fields,
    missingValues: [""],
    ...(key ? { primaryKey: [...key] } : {}),
    ...extra,
  });
  const id = (c = "id"): Field => ({
    ...text(c, d(c)),
    constraints: { ...required, unique: true, pattern: ID_PATTERN },
  });
  switch (file) {
    case "sources.csv":
      return schema([
        id(),
        text("publisher", d("publisher"), true),
        text("via", d("via")),
        text("title", d("title")),
        { ...text("date", d("date")), constraints: { pattern: DATE_PATTERN } },
        text("url", d("url")),
        text("quote", d("quote"), true),
      ]);
    case "factors.csv":
      return schema(
        [
          id(),
          number("value", d("value"), true),
          number("low", d("low"), true),
          number("high", d("high"), true),
          text("unit", d("unit"), true),
          { ...text("source_id", d("source_id"), true) },
          text("note", d("note")),
        ],
        { foreignKeys: [toSources] },
      );
    case "events.csv":
      return schema(
        [
          { ...text("date", d("date")), constraints: { ...required, pattern: DATE_PATTERN } },
          text("label", d("label"), true),
          text("detail", d("detail")),
          text("source_id", d("source_id"), true),
          text("topics", d("topics"), true),
        ],
        { foreignKeys: [toSources] },
      );
    case "capacities.csv":
      return schema(
        [
          text("route", d("route"), true),
          text("valid_from", d("valid_from"), true),
          number("value", d("value"), true),
          text("unit", d("unit"), true),
          {
            ...text("status", d("status")),
            constraints: { ...required, enum: ["in_force", "agreed", "memorandum"] },
          },
          text("basis", d("basis"), true),
          text("source_id", d("source_id"), true),
          text("note", d("note")),
        ],
        { foreignKeys: [toSources] },
      );
    case "ledger.csv":
      return schema(
        [
          text("quantity", d("quantity"), true),
          { ...text("period", d("period")), constraints: { ...required, pattern: PERIOD_PATTERN } },
          number("value", d("value"), true),
          text("unit", d("unit"), true),
          text("source_id", d("source_id"), true),
          text("note", d("note")),
        ],
        { foreignKeys: [toSources] },
      );
    case "metrics.csv":
      return schema(
        [
          id(),
          text("label", d("label"), true),
          text("unit", d("unit"), true),
          number("value", d("value"), false),
          number("low", d("low"), false),
          number("high", d("high"), false),
          text("range_from", d("range_from")),
          text("flags", d("flags")),
          text("basis", d("basis"), true),
          text("formula", d("formula"), true),
          text("inputs", d("inputs")),
          text("source_ids", d("source_ids")),
          text("note", d("note")),
        ],
        { primaryKey: ["id"] },
      );
    case "checks.csv":
      return schema(
        [
          id(),
          text("label", d("label"), true),
          {
            ...text("status", d("status")),
            constraints: { ...required, enum: ["pass", "warn", "fail", "insufficient"] },
          },
          text("reason", d("reason"), true),
          text("rule", d("rule"), true),
          text("claim", d("claim")),
        ],
        { primaryKey: ["id"] },
      );
    default:
      return null;
  }
}
