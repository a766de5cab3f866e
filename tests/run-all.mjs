// Runs every check and ends with exactly one summary line: "N passed, M failed".
//
//   node tests/run-all.mjs              typecheck, lint, format, unit, build, browser tests
//   node tests/run-all.mjs --browser    only build + browser tests (npm run test:browser)
//   node tests/run-all.mjs --browser tests/browser/smoke.browser.mjs   just these files
//
// Counting: typecheck, lint, format and build are one check each; every vitest test case
// and every browser test case counts on its own. A stage that crashes without reporting
// its cases (vitest error, browser file crash, server not starting) counts as one failure.
// Env: SKIP_BUILD=1 reuses an existing .next build; PORT sets the first port tried (3100).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
process.chdir(ROOT);
const ARTIFACTS = "tests/artifacts";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!process.stdout.isTTY) env.NO_COLOR = "1"; // plain logs in CI
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const cliArgs = process.argv.slice(2);
const browserOnly = cliArgs.includes("--browser");
const browserFilter = cliArgs.filter((arg) => !arg.startsWith("--"));

let passed = 0;
let failed = 0;
let server; // the `next start` child process, if running
let current; // the stage command currently running

// Run a command; resolve with its exit code and combined stdout+stderr.
function exec(cmd, args, { echo = false, timeoutMs = 0, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = (current = spawn(cmd, args, { env: { ...env, ...extraEnv } }));
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = timeoutMs && setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("error", (err) => collect(`${err.message}\n`));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? `signal ${signal}`, output });
    });
  });
}

const header = (title) => console.log(`\n=== ${title} ===`);
const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)}s`;
const tail = (text, lines) => text.trimEnd().split("\n").slice(-lines).join("\n");

// One pass/fail check (typecheck, lint, format, build). Output is shown only on failure.
async function check(title, cmd, args) {
  header(title);
  const start = Date.now();
  const { code, output } = await exec(cmd, args);
  if (code === 0) {
    passed++;
    console.log(`ok (${seconds(start)})`);
  } else {
    failed++;
    process.stdout.write(output);
    console.log(`FAILED with exit code ${code} (${seconds(start)})`);
  }
  return code === 0;
}

async function unitTests() {
  header("unit tests (vitest run)");
  const start = Date.now();
  const resultFile = `${ARTIFACTS}/vitest-results.json`;
  rmSync(resultFile, { force: true });
  const { code, output } = await exec(bin("vitest"), [
    "run",
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${resultFile}`,
  ]);
  let ok = 0;
  let bad = 0;
  if (existsSync(resultFile)) {
    const result = JSON.parse(readFileSync(resultFile, "utf8"));
    ok = result.numPassedTests;
    bad = result.numFailedTests;
    // A test file that fails to load has no failed test cases: count it as one failure.
    bad += result.testResults.filter(
      (file) =>
        file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed"),
    ).length;
  }
  if (code !== 0 && bad === 0) bad = 1; // vitest itself failed (config error, crash, ...)
  passed += ok;
  failed += bad;
  if (code !== 0) process.stdout.write(output);
  console.log(`${bad ? "FAILED" : "ok"}: ${ok} passed, ${bad} failed (${seconds(start)})`);
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function startServer() {
  let port = Number(process.env.PORT) || 3100;
  while (!(await isPortFree(port))) port++;
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(`starting next start on ${baseURL}`);
  // Own process group, so stopServer() can take down next and anything it forks.
  server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    detached: true,
  });
  server.log = "";
  server.stdout.on("data", (chunk) => (server.log += chunk));
  server.stderr.on("data", (chunk) => (server.log += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      await fetch(baseURL, { signal: AbortSignal.timeout(2_000) });
      return baseURL; // any HTTP answer means the server is up
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return null;
}

function killServer(signal) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  killServer("SIGTERM");
  const timer = setTimeout(() => killServer("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

process.on("exit", () => server && killServer("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    current?.kill("SIGTERM");
    if (server) killServer("SIGKILL");
    process.exit(130);
  });
}

async function browserTests() {
  const dir = "tests/browser";
  const files = browserFilter.length
    ? browserFilter
    : readdirSync(dir)
        .filter((name) => name.endsWith(".browser.mjs"))
        .sort()
        .map((name) => path.join(dir, name));
  header("browser tests");
  if (files.length === 0) return console.log("no tests/browser/*.browser.mjs files");
  if (!browserFilter.length) rmSync(`${ARTIFACTS}/screenshots`, { recursive: true, force: true });
  const baseURL = await startServer();
  try {
    if (!baseURL) {
      failed++;
      process.stdout.write(server.log);
      return console.log("FAILED: next start exited or did not answer within 60s");
    }
    let anyFailed = false;
    for (const file of files) {
      console.log(`--- ${file}`);
      const start = Date.now();
      const { code, output } = await exec(process.execPath, [file], {
        echo: true,
        timeoutMs: 5 * 60_000,
        extraEnv: { BASE_URL: baseURL },
      });
      const match = [...output.matchAll(/^BROWSER-RESULT (\{.*\})$/gm)].pop();
      const result = match ? JSON.parse(match[1]) : { passed: 0, failed: 0 };
      if (code !== 0 && result.failed === 0) result.failed = 1; // crashed before reporting
      passed += result.passed;
      failed += result.failed;
      anyFailed ||= result.failed > 0;
      console.log(
        `${result.passed} passed, ${result.failed} failed in ${file} (${seconds(start)})`,
      );
    }
    if (anyFailed) console.log(`--- last lines of the next start log:\n${tail(server.log, 30)}`);
  } finally {
    await stopServer();
  }
}

mkdirSync(ARTIFACTS, { recursive: true });
if (!browserOnly) {
  await check("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
  await check("lint (eslint . --max-warnings 0)", bin("eslint"), [".", "--max-warnings", "0"]);
  await check("format (prettier --check .)", bin("prettier"), ["--check", "."]);
  await unitTests();
}
let built = true;
if (process.env.SKIP_BUILD === "1" && existsSync(".next/BUILD_ID")) {
  header("build");
  console.log("skipped (SKIP_BUILD=1 and .next exists)");
} else {
  built = await check("build (next build)", bin("next"), ["build"]);
}
if (built) await browserTests();
else console.log("\nbrowser tests skipped: the build failed");

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
