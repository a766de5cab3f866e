// Runs every check and ends with exactly one summary line: "N passed, M failed".
//
//   node tests/run-all.mjs              typecheck, lint, unused code (knip), format, unit, build,
//                                       browser tests
//   node tests/run-all.mjs --browser    only build + browser tests (npm run test:browser)
//   node tests/run-all.mjs --browser tests/browser/smoke.spec.mjs   just these files
//                                       (any other argument is passed on to `playwright test`)
//
// Counting: typecheck, lint, knip, format and build are one check each; every vitest test case
// and every browser test case counts on its own. A stage that crashes without reporting
// its cases (vitest error, a browser test file that does not load, the server not starting)
// counts as one failure.
// Env: SKIP_BUILD=1 reuses an existing .next build; PORT sets the first port tried (3100).
// Every stage runs with TZ=UTC (dates in the data are calendar dates, not instants), whoever
// calls this file.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
process.chdir(ROOT);
const ARTIFACTS = "tests/artifacts";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC" };
if (!process.stdout.isTTY) env.NO_COLOR = "1"; // plain logs in CI
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const cliArgs = process.argv.slice(2);
const browserOnly = cliArgs.includes("--browser");
const browserFilter = cliArgs.filter((arg) => arg !== "--browser");

let passed = 0;
let failed = 0;
let current; // the stage command currently running

// Run a command; resolve with its exit code and combined stdout+stderr.
function exec(cmd, args, { echo = false } = {}) {
  return new Promise((resolve) => {
    const child = (current = spawn(cmd, args, { env }));
    let output = "";
    const collect = (chunk) => {
      output += chunk;
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (err) => collect(`${err.message}\n`));
    child.on("close", (code, signal) => {
      resolve({ code: code ?? `signal ${signal}`, output });
    });
  });
}

const header = (title) => console.log(`\n=== ${title} ===`);
const seconds = (start) => `${((Date.now() - start) / 1000).toFixed(1)}s`;

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

process.on("exit", () => current?.kill("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    current?.kill("SIGTERM");
    process.exit(130);
  });
}

// @playwright/test starts `next start` itself (playwright.config.ts: webServer, on the first free
// port from PORT) and stops it when the tests are done.
async function browserTests() {
  header("browser tests (playwright test)");
  const start = Date.now();
  const resultFile = `${ARTIFACTS}/playwright-results.json`;
  rmSync(resultFile, { force: true });
  if (!browserFilter.length) rmSync(`${ARTIFACTS}/screenshots`, { recursive: true, force: true });
  const { code } = await exec(bin("playwright"), ["test", ...browserFilter], { echo: true });
  let ok = 0;
  let bad = 0;
  if (existsSync(resultFile)) {
    const { stats, errors = [] } = JSON.parse(readFileSync(resultFile, "utf8"));
    ok = stats.expected;
    // retries are off, so nothing is "flaky"; should one be, it failed once and counts so.
    bad = stats.unexpected + stats.flaky;
    // Errors outside any test (a file that does not load, the server not starting): one each.
    bad += errors.length;
  }
  if (code !== 0 && bad === 0) bad = 1; // playwright itself failed before reporting
  passed += ok;
  failed += bad;
  console.log(`${bad ? "FAILED" : "ok"}: ${ok} passed, ${bad} failed (${seconds(start)})`);
}

mkdirSync(ARTIFACTS, { recursive: true });
if (!browserOnly) {
  await check("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
  await check("lint (eslint . --max-warnings 0)", bin("eslint"), [".", "--max-warnings", "0"]);
  await check("unused files, exports, dependencies (knip)", bin("knip"), ["--no-progress"]);
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
// The static copy the browser tests also serve (out/): built here, before the server starts, so
// no test builds while `next start` serves .next. A copy older than the build is built again: it
// would test yesterday's pages (out/_headers is written last, .next/BUILD_ID by every build).
const exportIsCurrent = () =>
  existsSync("out/_headers") &&
  existsSync(".next/BUILD_ID") &&
  statSync("out/_headers").mtimeMs > statSync(".next/BUILD_ID").mtimeMs;
if (built && !exportIsCurrent()) {
  built = await check("static export (npm run export)", "npm", ["run", "--silent", "export"]);
}
if (built) await browserTests();
else console.log("\nbrowser tests skipped: the build failed");

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
