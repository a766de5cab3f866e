// The command-line tools as a user runs them: a child process, its exit code, stdout and stderr.
// A spawn costs about a second (tsx compiles on start), so tests start theirs in beforeAll,
// a few at a time, and only read the results in the tests.
import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "./data";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = path.join(REPO_ROOT, "node_modules", ".bin", "tsx");

export function runCli(script: "validate" | "metrics", args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`lib/cli/${script}.ts`, ...args], { cwd: REPO_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the jobs `width` at a time; each result under its job's name. */
export async function runAll(jobs: Record<string, () => Promise<Run>>, width = 3) {
  const names = Object.keys(jobs);
  const results: Record<string, Run> = {};
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      results[name] = await jobs[name]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}
