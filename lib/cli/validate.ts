// npm run --silent validate -- FILE [--dataset NAME] [--data DIR] [--format text|json]
// Exit 0: every row valid; 1: any row rejected or the header is wrong; 2: unreadable file or bad arguments.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeCsvBytes } from "../csv/decode";
import { DATASETS, findDataset } from "../data/datasets";
import {
  capacitiesSchema,
  eventsSchema,
  factorsSchema,
  ledgerSchema,
  sourcesSchema,
  tidySchema,
} from "../data/schemas";
import type { ValidationReport } from "../data/types";
import { validateCsvText } from "../data/validate";
import { DEFAULT_DATA_DIR, loadBundle } from "../server/load-data";
import { fail, oneOf, parseArgs } from "./args";

const FORMATS = ["text", "json"] as const;
const SUPPORT = ["sources", "factors", "events", "capacities", "ledger"];
const USAGE = "usage: validate FILE [--dataset NAME] [--data DIR] [--format text|json]";

async function knownSourceIds(dir: string): Promise<Set<string>> {
  const bundle = await loadBundle(dir).catch(() =>
    fail("validate", `cannot read sources from ${dir}/sources.csv`),
  );
  return new Set(bundle.sources.map((s) => s.id));
}

async function validate(
  text: string,
  dataset: string,
  dataDir: string,
): Promise<ValidationReport<unknown>> {
  if (dataset === "sources") return validateCsvText(text, sourcesSchema);
  const ids = await knownSourceIds(dataDir);
  if (dataset === "factors") return validateCsvText(text, factorsSchema(ids));
  if (dataset === "events") return validateCsvText(text, eventsSchema(ids));
  if (dataset === "capacities") return validateCsvText(text, capacitiesSchema(ids));
  if (dataset === "ledger") return validateCsvText(text, ledgerSchema(ids));
  return validateCsvText(text, tidySchema(findDataset(dataset)!, ids));
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["dataset", "data", "format"]);
  if (!args.ok) fail("validate", `${args.message}; ${USAGE}`);
  if (args.positional.length !== 1) fail("validate", `expected one FILE; ${USAGE}`);
  const file = args.positional[0]!;
  const format = oneOf(args.flags.format, FORMATS, "text");
  if (format === null) fail("validate", `--format must be one of ${FORMATS.join(", ")}`);
  const dataset = args.flags.dataset ?? path.basename(file).replace(/\.csv$/i, "");
  const known = [...DATASETS.map((d) => d.name), ...SUPPORT];
  if (!known.includes(dataset)) {
    fail(
      "validate",
      `unknown dataset "${dataset}" (from ${args.flags.dataset ? "--dataset" : "the file name"}); use --dataset with one of: ${known.join(", ")}`,
    );
  }
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    const why =
      e.code === "ENOENT"
        ? "no such file"
        : e.code === "EISDIR"
          ? "is a directory"
          : (e.code ?? e.message);
    return fail("validate", `cannot read ${file}: ${why}`);
  });
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) fail("validate", `cannot read ${file}: ${decoded.message}`);
  const report = await validate(decoded.text, dataset, args.flags.data ?? DEFAULT_DATA_DIR);
  const rejected = report.rejectedRows.length;
  if (format === "json") {
    const { rows, errors } = report;
    process.stdout.write(
      JSON.stringify({ dataset, rows, valid: report.valid.length, rejected, errors }) + "\n",
    );
  } else {
    process.stdout.write(
      `${file}: ${dataset}, ${report.rows} rows, ${report.valid.length} valid, ${rejected} rejected\n`,
    );
    for (const e of report.errors) {
      process.stdout.write(
        `  row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.code}: ${e.message}\n`,
      );
    }
  }
  process.exit(report.errors.length === 0 ? 0 : 1);
}

main().catch((e: unknown) => fail("validate", e instanceof Error ? e.message : String(e)));
