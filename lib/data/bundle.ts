// All of data/ as one value: typed rows plus a validation report per file. Pure: it takes file
// texts, so the build, the command line and a reader's upload share it.
import { problem } from "./messages";
import { datasetFile, DATASETS, type DatasetName } from "./datasets";
import { SUPPORT_SCHEMAS, type SupportFileName } from "./registry";
import type { TableSchema } from "./validate-table";
import { tidySchema } from "./schemas";
import type {
  Capacity,
  Factor,
  LedgerEntry,
  Observation,
  Source,
  TimelineEvent,
  ValidationReport,
} from "./types";
import { validateCsvText } from "./validate";

export type DataFiles = Readonly<Record<string, string | undefined>>;

interface FileReport {
  file: string;
  dataset: string;
  rows: number;
  valid: number;
  rejected: number;
  errors: ValidationReport<unknown>["errors"];
}

export interface DataBundle {
  sources: Source[];
  factors: Factor[];
  events: TimelineEvent[];
  /** Capacities, contract levels and agreements as dated facts (capacities.csv). */
  capacities: Capacity[];
  /** Every stated figure, one row per outlet's statement (ledger.csv). */
  ledger: LedgerEntry[];
  datasets: Record<DatasetName, Observation[]>;
  reports: FileReport[];
}

function toFileReport(file: string, report: ValidationReport<unknown>): FileReport {
  return {
    file,
    dataset: report.dataset,
    rows: report.rows,
    valid: report.valid.length,
    rejected: report.rejectedRows.length,
    errors: report.errors,
  };
}

function missing(file: string, dataset: string): FileReport {
  return {
    file,
    dataset,
    rows: 0,
    valid: 0,
    rejected: 0,
    errors: [{ row: 0, column: "", ...problem("missing_file", file) }],
  };
}

export function buildBundle(files: DataFiles): DataBundle {
  const reports: FileReport[] = [];
  const read = <T>(
    file: string,
    dataset: string,
    validate: (text: string) => ValidationReport<T>,
  ): T[] => {
    const text = files[file];
    if (text === undefined) {
      reports.push(missing(file, dataset));
      return [];
    }
    const report = validate(text);
    reports.push(toFileReport(file, report));
    return report.valid;
  };

  const sources = read("sources.csv", "sources", (t) =>
    validateCsvText(t, SUPPORT_SCHEMAS.sources()),
  );
  const sourceIds = new Set(sources.map((s) => s.id));
  const support = <T>(name: SupportFileName, schema: TableSchema<T>) =>
    read(datasetFile(name), name, (t) => validateCsvText(t, schema));
  const factors = support("factors", SUPPORT_SCHEMAS.factors(sourceIds));
  const events = support("events", SUPPORT_SCHEMAS.events(sourceIds));
  const capacities = support("capacities", SUPPORT_SCHEMAS.capacities(sourceIds));
  const ledger = support("ledger", SUPPORT_SCHEMAS.ledger(sourceIds));
  const datasets = {} as Record<DatasetName, Observation[]>;
  for (const spec of DATASETS) {
    datasets[spec.name] = read(datasetFile(spec.name), spec.name, (t) =>
      validateCsvText(t, tidySchema(spec, sourceIds)),
    );
  }
  return { sources, factors, events, capacities, ledger, datasets, reports };
}
