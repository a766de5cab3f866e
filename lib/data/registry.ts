// Every file in data/ in one list: its name, its schema and its primary key. The bundle, the
// command line, the upload and datapackage.json take files from here, so a file is declared once.
import { datasetFile, DATASETS, findDataset, type DatasetName } from "./datasets";
import {
  capacitiesSchema,
  eventsSchema,
  factorsSchema,
  ledgerSchema,
  sourcesSchema,
  tidySchema,
} from "./schemas";
import type { TableSchema } from "./validate-table";

/**
 * The support files, in the order they are read: sources first, since every other file's
 * `source_id` must name one of its rows. Each maps the ids of sources.csv to its typed schema.
 */
export const SUPPORT_SCHEMAS = {
  sources: () => sourcesSchema,
  factors: factorsSchema,
  events: eventsSchema,
  capacities: capacitiesSchema,
  ledger: ledgerSchema,
} as const;
export type SupportFileName = keyof typeof SUPPORT_SCHEMAS;
const SUPPORT_FILE_NAMES = Object.keys(SUPPORT_SCHEMAS) as SupportFileName[];
export const SUPPORT_FILES = SUPPORT_FILE_NAMES.map(datasetFile);

/**
 * The support files a reader may upload a copy of, sources first. The dated capacities and the
 * ledger are published files the dashboard does not take from an upload.
 */
export const UPLOADABLE_SUPPORT = ["sources", "factors", "events"] as const;

/** Any file in data/, by its name without `.csv`. */
export type DataFileName = SupportFileName | DatasetName;

export interface DataFileSpec {
  /** `crude_annual`, `sources`: the file name without `.csv`, as the CLI and the upload name it. */
  name: DataFileName;
  /** `crude_annual.csv`. */
  file: string;
  kind: "support" | "dataset";
  /** Whether a reader may upload their own copy. */
  uploadable: boolean;
  /** The header's columns, in the order the published file writes them. */
  columns: readonly string[];
  /** Columns whose values together identify a row: a second row with the same is rejected. */
  primaryKey: readonly string[];
}

/** The schema a file's rows are validated with, given the ids sources.csv holds. */
export function schemaOf(
  name: DataFileName,
  knownSourceIds: ReadonlySet<string>,
): TableSchema<unknown> {
  if (Object.hasOwn(SUPPORT_SCHEMAS, name)) {
    return SUPPORT_SCHEMAS[name as SupportFileName](knownSourceIds) as TableSchema<unknown>;
  }
  return tidySchema(findDataset(name)!, knownSourceIds) as TableSchema<unknown>;
}

const NO_IDS: ReadonlySet<string> = new Set();

function specOf(name: DataFileName, kind: DataFileSpec["kind"]): DataFileSpec {
  const schema = schemaOf(name, NO_IDS);
  return {
    name,
    file: datasetFile(name),
    kind,
    uploadable: kind === "dataset" || (UPLOADABLE_SUPPORT as readonly string[]).includes(name),
    columns: schema.columns,
    primaryKey: schema.primaryKey ?? [],
  };
}

/** Support files first (in reading order), then the tidy datasets in declaration order. */
export const DATA_FILES: readonly DataFileSpec[] = [
  ...SUPPORT_FILE_NAMES.map((n) => specOf(n, "support")),
  ...DATASETS.map((d) => specOf(d.name, "dataset")),
];

export const isDataFileName = (name: string): name is DataFileName =>
  DATA_FILES.some((f) => f.name === name);

/** The declaration of `file` (`crude_annual.csv`), or `undefined` for a file not in data/. */
export const dataFileSpec = (file: string): DataFileSpec | undefined =>
  DATA_FILES.find((f) => f.file === file);
