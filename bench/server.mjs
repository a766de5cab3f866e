// Building and serving a Next.js app for the benchmarks: rebuild only when a source is newer
// than the build, `next start` on a free loopback port, and always stopped at the end.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };

// Everything whose change changes the build output.
const SOURCES = [
  "app",
  "lib",
  "data",
  "public",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(file))
    newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** Why `dir` needs a build, or `null` when .next/BUILD_ID is newer than every source. */
function staleReason(dir) {
  const buildId = path.join(dir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return ".next/BUILD_ID is missing";
  const built = statSync(buildId).mtimeMs;
  const newer = SOURCES.find((name) => newestMtime(path.join(dir, name)) > built);
  return newer ? `${newer} changed since the last build` : null;
}

/** Runs a command, echoing its output with a prefix; resolves with the exit code. */
export function run(cmd, args, { cwd, prefix = "", extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv } });
    const echo = (chunk) =>
      process.stderr.write(String(chunk).replace(/^(?=.)/gm, prefix ? `${prefix} ` : ""));
    child.stdout.on("data", echo);
    child.stderr.on("data", echo);
    child.on("error", (err) => echo(`${err.message}\n`));
    child.on("close", (code, signal) => resolve(code ?? `signal ${signal}`));
  });
}

const nextBin = (dir) => path.join(dir, "node_modules", ".bin", "next");

/** Builds `dir` when its build is missing or stale; throws when the build fails. */
export async function ensureBuild(dir, label = "app") {
  const reason = staleReason(dir);
  if (!reason) {
    console.error(`[${label}] build is up to date`);
    return false;
  }
  console.error(`[${label}] building: ${reason}`);
  const code = await run(nextBin(dir), ["build"], { cwd: dir, prefix: `[${label} build]` });
  if (code !== 0) throw new Error(`next build failed in ${dir} (exit ${code})`);
  return true;
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(first = 3200) {
  let port = first;
  while (!(await isPortFree(port))) port++;
  return port;
}

const running = new Set();

function kill(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // its own process group: next and anything it forks
  } catch {
    // already gone
  }
}

// However the bench ends, no server outlives it.
process.on("exit", () => running.forEach((child) => kill(child, "SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => process.exit(130));
}

/**
 * `next start` for the build in `dir` on 127.0.0.1; resolves once it answers HTTP.
 * Returns { url, stop }.
 */
export async function startNext(dir, { firstPort = 3200, label = "app" } = {}) {
  const port = await freePort(firstPort);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(nextBin(dir), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env,
    detached: true,
  });
  running.add(child);
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      kill(child, "SIGTERM");
      const timer = setTimeout(() => kill(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      console.error(`[${label}] next start on ${url}`);
      return { url, stop, log: () => log };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`[${label}] next start did not answer within 60 s:\n${log}`);
}
