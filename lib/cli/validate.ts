// npm run --silent validate -- FILE [--dataset NAME] [--data DIR] [--format text|json]
// Exit 0: every row valid; 1: any row rejected or the header is wrong; 2: unreadable file or bad arguments.
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { DATA_FILES, isDataFileName, schemaOf, type DataFileName } from "../data/registry";
import type { TableSchema } from "../data/validate-table";
import { visible } from "../intake/invisible-words";
import { nameFromFile } from "../upload/detect";
import { validateStream } from "../upload/validate-stream";
import { DEFAULT_DATA_DIR, loadBundle } from "../server/load-data";
import { fail, oneOf, parseArgs, writeOut } from "./args";

const FORMATS = ["text", "json"] as const;
const USAGE = "usage: validate FILE [--dataset NAME] [--data DIR] [--format text|json]";
// Every file in data/, including those the dashboard does not take from an upload (the dated
// capacities, the claims ledger), so that data/ can be validated file by file.
const TARGET_NAMES = DATA_FILES.map((f) => f.name).join(", ");

const HELP = `${USAGE}

Reads FILE as the upload on the dashboard reads it, and reports every row it rejects and why.

  FILE            a CSV file; its name gives the dataset ("crude_annual (1).csv" and
                  "Crude_Annual.CSV" are crude_annual) unless --dataset says otherwise
  --dataset NAME  one of: ${TARGET_NAMES}
  --data DIR      the folder whose sources.csv the file's source_id values must be in
                  (default: ${DEFAULT_DATA_DIR})
  --format        text (default), or json: one object {dataset, rows, valid, rejected,
                  errors: [{row, column, code, message}], notes, lines}
  -h, --help      this text

How the file was read (a sep= line, another delimiter, title lines above the header,
padding columns, renamed header names) is listed under "read as"; values are never
reinterpreted. The file is read as a stream, so its size does not set the memory used.
Exit 0 when every row is valid, 1 when any row is rejected, 2 when the file cannot be read
or the arguments are wrong.
`;

async function knownSourceIds(dir: string): Promise<Set<string>> {
  const bundle = await loadBundle(dir).catch(() =>
    fail("validate", `cannot read sources from ${dir}/sources.csv`),
  );
  return new Set(bundle.sources.map((s) => s.id));
}

/** sources.csv is checked on its own; every other file's source ids must be in DIR's. */
async function schemaFor(target: DataFileName, dataDir: string): Promise<TableSchema<unknown>> {
  const ids = target === "sources" ? new Set<string>() : await knownSourceIds(dataDir);
  return schemaOf(target, ids);
}

async function openFile(file: string): Promise<Blob> {
  const why = (e: NodeJS.ErrnoException) =>
    e.code === "ENOENT"
      ? "no such file"
      : e.code === "EISDIR"
        ? "is a directory"
        : (e.code ?? e.message);
  const info = await stat(file).catch((e: NodeJS.ErrnoException) =>
    fail("validate", `cannot read ${file}: ${why(e)}`),
  );
  if (info.isDirectory()) fail("validate", `cannot read ${file}: is a directory`);
  return openAsBlob(file).catch((e: NodeJS.ErrnoException) =>
    fail("validate", `cannot read ${file}: ${why(e)}`),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ["dataset", "data", "format"]);
  if (!args.ok) fail("validate", `${args.message}; ${USAGE}`);
  if (args.help) return writeOut(HELP);
  if (args.positional.length !== 1) fail("validate", `expected one FILE; ${USAGE}`);
  const file = args.positional[0]!;
  const format = oneOf(args.flags.format, FORMATS, "text");
  if (format === null) fail("validate", `--format must be one of ${FORMATS.join(", ")}`);
  const dataset = args.flags.dataset ?? nameFromFile(path.basename(file));
  if (!isDataFileName(dataset)) {
    fail(
      "validate",
      `unknown dataset "${dataset}" (from ${args.flags.dataset ? "--dataset" : "the file name"}); use --dataset with one of: ${TARGET_NAMES}`,
    );
  }
  const blob = await openFile(file);
  const schema = await schemaFor(dataset, args.flags.data ?? DEFAULT_DATA_DIR);
  // Rows are counted, not kept: memory follows the errors, not the file.
  const { end, report } = await validateStream(blob, schema, {
    keepRows: false,
    keepRejected: false,
  });
  if ("ok" in end) fail("validate", `cannot read ${file}: ${end.message}`);
  const { rows, errors, notes, lines } = report;
  const valid = report.accepted;
  const rejected = report.rejectedRows.length;
  if (format === "json") {
    await writeOut(JSON.stringify({ dataset, rows, valid, rejected, errors, notes, lines }) + "\n");
  } else {
    const out = [`${file}: ${dataset}, ${rows} rows, ${valid} valid, ${rejected} rejected\n`];
    for (const n of notes) out.push(`  read as: ${n.message}\n`);
    for (const e of errors) {
      out.push(
        `  row ${e.row}${e.column ? `, ${visible(e.column)}` : ""}: ${e.code}: ${e.message}\n`,
      );
    }
    await writeOut(out.join(""));
  }
  process.exitCode = errors.length === 0 ? 0 : 1;
}

main().catch((e: unknown) => fail("validate", e instanceof Error ? e.message : String(e)));
