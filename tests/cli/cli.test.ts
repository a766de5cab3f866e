// The two commands as a user runs them: a child process, its exit code, stdout and stderr.
// Every process is started once, in beforeAll, a few at a time; the tests read the results.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvText } from "@/lib/csv/read";
import { spawn } from "node:child_process";
import { runAll, runCli as run, type Run } from "../support/cli";
import { REPO_ROOT } from "../support/data";
import { shippedFiles } from "../support/data";
import { SHIPPED_METRICS } from "../support/metrics";

const SHIPPED = Object.keys(shippedFiles()).sort();

/** Exit 2 with one line on stderr, naming the command, and no stack trace. */
function expectOneLineFailure(r: Run, command: string, text: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${command}: `));
  expect(lines[0]).toContain(text);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

const TWO_BAD_ROWS = [
  "period,series,value,unit,basis,source_id,note",
  "2023,crude_exports_russia_to_china,2.14,mb/d,reported,article-oil,",
  '2023,savings_discounted_russian_oil,"4,34",USD bn,reported,article-oil,',
  "2023,gas_imports_from_russia,33.7,bcm,reported,article-gas,",
  "2023,gas_imports_growth,40,percent,reported,article-gas,",
  "",
].join("\n");

const FIVE_MB = 5 * 1024 * 1024;

let tmp: string;
let r: Record<string, Run>;

/** validate under a V8 heap of `heapMb`: the file must be read as a stream to fit. */
function runWithHeap(args: string[], heapMb: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(REPO_ROOT, "node_modules", ".bin", "tsx"),
      ["lib/cli/validate.ts", ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const BIG_SOURCES_ROWS = 150_000;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "cli-test-"));
  // Each file sits in its own folder as article.csv, so validate takes the dataset from its name.
  const file = (folder: string, content: string | Buffer) => {
    mkdirSync(path.join(tmp, folder));
    const p = path.join(tmp, folder, "article.csv");
    writeFileSync(p, content);
    return p;
  };
  const twoBad = file("two-bad", TWO_BAD_ROWS);
  const empty = file("empty", "");
  const binary = file("binary", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]));
  const bigLine = file("big-line", "x".repeat(FIVE_MB));
  // 3,000 rows with a unit no dataset has: a JSON report of about 400 KB, six pipe buffers.
  const manyBad = file(
    "many-bad",
    [
      TWO_BAD_ROWS.split("\n")[0],
      ...Array.from(
        { length: 3000 },
        (_, i) =>
          `${1990 + (i % 100)},crude_exports_russia_to_china,${i},percent,reported,article-oil,`,
      ),
      "",
    ].join("\n"),
  );

  // About 23 MB of distinct, valid sources rows: held whole as text and records it needs several
  // times 64 MB; read as a stream, counted and not kept, it fits.
  const bigSources = path.join(tmp, "sources.csv");
  writeFileSync(
    bigSources,
    [
      "id,publisher,via,title,date,url,quote",
      ...Array.from(
        { length: BIG_SOURCES_ROWS },
        (_, i) =>
          `src-${i},Publisher ${i},,A title for source ${i},2024-05-16,https://example.com/${i},"The sentence, number ${i}."`,
      ),
      "",
    ].join("\n"),
  );

  r = await runAll({
    bigSources: () => runWithHeap([bigSources], 64),
    ...Object.fromEntries(
      SHIPPED.map((f) => [`shipped ${f}`, () => run("validate", [`data/${f}`])]),
    ),
    twoBad: () => run("validate", [twoBad, "--format", "json"]),
    missing: () => run("validate", [path.join(tmp, "no-such-folder", "article.csv")]),
    directory: () => run("validate", [tmp, "--dataset", "article"]),
    binary: () => run("validate", [binary]),
    unknownFlag: () => run("validate", ["data/article.csv", "--verbose"]),
    unknownFormat: () => run("validate", ["data/article.csv", "--format", "xml"]),
    noFile: () => run("validate", ["--format", "json"]),
    empty: () => run("validate", [empty, "--format", "json"]),
    bigLine: () => run("validate", [bigLine, "--format", "json"]),
    manyBad: () => run("validate", [manyBad, "--format", "json"]),
    validateHelp: () => run("validate", ["--help"]),
    metricsHelp: () => run("metrics", ["-h"]),
    metricsJson: () => run("metrics", ["--format", "json"]),
    metricsCsv: () => run("metrics", ["--format", "csv"]),
    metricsMissingDir: () => run("metrics", ["--data", path.join(tmp, "no-such-folder")]),
  });
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("validate", () => {
  it.each(SHIPPED)("exits 0 on the shipped data/%s, every row valid", (f) => {
    const res = r[`shipped ${f}`]!;
    expect(res.code).toBe(0);
    expect(res.stderr).toBe("");
    expect(res.stdout).toMatch(
      new RegExp(`^data/${f}: ${f.replace(".csv", "")}, (\\d+) rows, \\1 valid, 0 rejected\\n$`),
    );
  });

  it("exits 1 on a file with two bad rows and lists exactly those rows in JSON", () => {
    const res = r.twoBad!;
    expect(res.code).toBe(1);
    expect(res.stderr).toBe("");
    const json = JSON.parse(res.stdout);
    expect(Object.keys(json)).toEqual([
      "dataset",
      "rows",
      "valid",
      "rejected",
      "errors",
      "notes",
      "lines",
    ]);
    expect(json).toMatchObject({
      dataset: "article",
      rows: 4,
      valid: 2,
      rejected: 2,
      errors: [
        { row: 3, column: "value", code: "not_a_number", message: expect.stringContaining("4,34") },
        {
          row: 5,
          column: "unit",
          code: "unknown_unit",
          message: expect.stringContaining("percent"),
        },
      ],
    });
  });

  it.each([
    { description: "a path that does not exist", name: "missing", text: "no such file" },
    { description: "a directory", name: "directory", text: "is a directory" },
    { description: "a binary file (NUL bytes)", name: "binary", text: "not a text file" },
    { description: "an unknown flag", name: "unknownFlag", text: "unknown option --verbose" },
    {
      description: "an unknown --format",
      name: "unknownFormat",
      text: "--format must be one of text, json",
    },
    { description: "no FILE", name: "noFile", text: "expected one FILE" },
  ])("exits 2 with one line on stderr for $description", ({ name, text }) => {
    expectOneLineFailure(r[name]!, "validate", text);
  });

  it("reports an empty file as empty_file (exit 1), not a crash", () => {
    const res = r.empty!;
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout)).toMatchObject({
      dataset: "article",
      rows: 0,
      valid: 0,
      rejected: 0,
      errors: [{ row: 0, column: "", code: "empty_file", message: expect.any(String) }],
    });
  });

  it("reports a 5 MB single line as a header with a clipped unknown column (exit 1)", () => {
    const res = r.bigLine!;
    expect(res.code).toBe(1);
    expect(res.stderr).toBe("");
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({ dataset: "article", rows: 0, valid: 0, rejected: 0 });
    expect(json.errors.map((e: { column: string; code: string }) => [e.column, e.code])).toEqual([
      [`${"x".repeat(40)}…`, "unknown_column"],
      ...["period", "series", "value", "unit", "basis", "source_id", "note"].map((c) => [
        c,
        "missing_column",
      ]),
    ]);
    // The report stays small: no 5 MB cell is echoed back.
    expect(res.stdout.length).toBeLessThan(5_000);
  });
});

describe("validate and metrics as pipeline stages", () => {
  it("reads a 23 MB file under a 64 MB heap: the file is streamed, rows counted, not kept", () => {
    const res = r.bigSources!;
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(
      `${path.join(tmp, "sources.csv")}: sources, ${BIG_SOURCES_ROWS} rows, ${BIG_SOURCES_ROWS} valid, 0 rejected\n`,
    );
  });

  it("sends a JSON report far larger than a pipe's 64 KiB buffer whole through the pipe", () => {
    const res = r.manyBad!;
    expect(res.code).toBe(1);
    expect(res.stdout.length).toBeGreaterThan(5 * 64 * 1024);
    const json = JSON.parse(res.stdout);
    // Each of the 3,000 rows has one error (its unit); rows 2 to 3001.
    expect([json.rows, json.valid, json.rejected, json.errors.length]).toEqual([
      3000, 0, 3000, 3000,
    ]);
    expect(json.errors.at(-1)).toMatchObject({ row: 3001, column: "unit", code: "unknown_unit" });
  });

  it.each([
    { name: "validateHelp", usage: "usage: validate FILE [--dataset NAME]" },
    { name: "metricsHelp", usage: "usage: metrics [--data DIR]" },
  ])("$name: --help prints the usage and what each option does, exit 0", ({ name, usage }) => {
    const res = r[name]!;
    expect(res.code).toBe(0);
    expect(res.stderr).toBe("");
    expect(res.stdout.startsWith(usage)).toBe(true);
    expect(res.stdout).toContain("--format");
  });
});

describe("metrics", () => {
  it("prints an array of {id, label, unit, value, low, high, formula} as JSON", () => {
    const res = r.metricsJson!;
    expect(res.code).toBe(0);
    expect(res.stderr).toBe("");
    const json = JSON.parse(res.stdout) as Record<string, unknown>[];
    expect(json).toHaveLength(20);
    for (const m of json) {
      expect(Object.keys(m)).toEqual([
        "id",
        "label",
        "unit",
        "value",
        "low",
        "high",
        "formula",
        "range_from",
        "flags",
      ]);
    }
  });

  it.each(SHIPPED_METRICS)("prints $id = $value ($low to $high) in the JSON", (want) => {
    const json = JSON.parse(r.metricsJson!.stdout) as {
      id: string;
      value: number;
      low: number;
      high: number;
    }[];
    const m = json.find((x) => x.id === want.id)!;
    expect(m.value).toBeCloseTo(want.value, want.digits);
    expect(m.low).toBeCloseTo(want.low, want.digits);
    expect(m.high).toBeCloseTo(want.high, want.digits);
  });

  it("prints CSV with the provenance header and one row per metric", () => {
    const res = r.metricsCsv!;
    expect(res.code).toBe(0);
    expect(res.stdout.split("\n")[0]).toBe(
      "id,label,unit,value,low,high,range_from,flags,basis,formula,inputs,source_ids,note",
    );
    const table = readCsvText(res.stdout);
    expect(table.syntaxErrors).toEqual([]);
    expect(table.records).toHaveLength(20);
    // 2.14 × 365, written as a plain number
    expect(table.records[0]!.fields.slice(0, 4)).toEqual([
      "crude_barrels_per_year",
      "Russian crude to China in 2023, barrels per year",
      "million bbl",
      "781.1",
    ]);
    // the rounding of "2.14": 2.135 × 365 and 2.145 × 365, and where that range comes from
    expect(table.records[0]!.fields.slice(4, 7)).toEqual([
      "779.275",
      "782.925",
      "rounding of the stated 2.14 mb/d",
    ]);
    // the 2023 share of the design capacity uses 2024's capacity: flagged (M4)
    const pos = table.records.find((x) => x.fields[0] === "pos_share_of_design_capacity_pct")!;
    expect(pos.fields[7]).toBe("design capacity of 2024 used for 2023, before it applied");
  });

  it("carries the capacity fallback in the JSON formula, where the JSON has no flags field", () => {
    const json = JSON.parse(r.metricsJson!.stdout) as { id: string; formula: string }[];
    const pos = json.find((x) => x.id === "pos_share_of_design_capacity_pct")!;
    expect(pos.formula).toContain("[fallback: design capacity of 2024 used for 2023");
  });

  it("exits 2 with one line on stderr when --data is a missing folder", () => {
    expectOneLineFailure(r.metricsMissingDir!, "metrics", "cannot read data directory");
  });
});
