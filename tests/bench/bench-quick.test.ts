// The benchmark script still runs: its pipeline part on tiny sizes, as `npm run bench` starts it.
// No timing is asserted (ARCHITECTURE.md: budgets are measured by benchmarks, never by timed tests).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bench(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--expose-gc", "bench/run.mjs", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let tmp: string;
let quick: Run;
let badPart: Run;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "bench-test-"));
  [quick, badPart] = await Promise.all([
    bench(["--quick", "--only", "pipeline", "--sizes", "200,400", "--out", `${tmp}/results.json`]),
    bench(["--only", "nothing"]),
  ]);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("npm run bench -- --quick --only pipeline --sizes 200,400", () => {
  it("exits 0", () => {
    expect(quick.stderr).not.toMatch(/^\s+at /m);
    expect(quick.code).toBe(0);
  });

  it("prints a row per size with the ratios against papaparse and d3-dsv", () => {
    expect(quick.stdout).toContain("project/papaparse");
    expect(quick.stdout).toContain("project/d3-dsv");
    for (const size of ["200", "400"]) {
      expect(quick.stdout).toMatch(new RegExp(`^${size}\\s.*\\d\\.\\d\\d×`, "m"));
    }
  });

  it("prints how cost grows and the budget the pipeline is held to", () => {
    expect(quick.stdout).toContain("µs per row");
    expect(quick.stdout).toMatch(/Node pipeline 400 rows: project \/ papaparse/);
  });

  it("writes the figures as JSON where --out says, each size with every approach", () => {
    const file = `${tmp}/results.json`;
    expect(existsSync(file)).toBe(true);
    const results = JSON.parse(readFileSync(file, "utf8"));
    expect(results.pipeline.sizes.map((s: { rows: number }) => s.rows)).toEqual([200, 400]);
    for (const size of results.pipeline.sizes) {
      expect(Object.keys(size.approaches).sort()).toEqual(
        [
          "d3-dsv",
          "papaparse",
          "project",
          "project reader only",
          "project, crude_annual schema",
        ].sort(),
      );
      // The generated file has a few invalid rows; every other row is accepted.
      expect(size.approaches.project.rows).toBe(size.rows);
      expect(size.approaches.project.valid).toBeGreaterThan(size.rows * 0.9);
      expect(size.approaches.project.valid).toBeLessThan(size.rows);
    }
  });
});

describe("npm run bench -- --only with an unknown part", () => {
  it("exits 2 naming the parts it knows, without a stack trace", () => {
    expect(badPart.code).toBe(2);
    expect(badPart.stderr).toMatch(
      /^bench: unknown part\(s\): nothing; parts are js, lighthouse, pipeline, upload, interaction, memory$/m,
    );
    expect(badPart.stderr).not.toMatch(/^\s+at /m);
  });
});
