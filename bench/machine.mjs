// What the figures were measured on, so a reader can tell one machine's run from another's.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { CHROME_PATH } from "./browser.mjs";

const quiet = (cmd, args) => {
  try {
    return execFileSync(cmd, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
};

export function machine() {
  const dirty = quiet("git", ["status", "--porcelain"]);
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: quiet(CHROME_PATH, ["--version"]),
    commit: quiet("git", ["rev-parse", "--short", "HEAD"]),
    uncommittedChanges: dirty === null ? null : dirty.length > 0,
    // Other work on a shared machine skews timings: a load average near the number of cores
    // or above means the figures are noisy.
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}
