// Browser tests (tests/browser/*.spec.mjs) on @playwright/test, run against the production build.
//
//   npm run build && npx playwright test            all of them (needs a build: `next start`)
//   npx playwright test tests/browser/smoke.spec.mjs just one file
//   npm run test:browser                            build, then the browser tests, with a summary
//
// No browser is downloaded: the system Chromium runs (CHROME_PATH, else /usr/bin/chromium).
// Env: PORT is the first port tried for `next start` (3100); the first free one from there is used.
import { execFileSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

/**
 * The first free TCP port on 127.0.0.1 from `first` on. Synchronous (a config cannot wait), so a
 * child Node probes. Another process may take the port before `next start` does; the webServer
 * then fails loudly on "already used" (reuseExistingServer is off), it never tests a stranger.
 */
function freePort(first: number): number {
  const probe = `
    const net = require("node:net");
    const tryPort = (p) => {
      const s = net.createServer();
      s.once("error", () => tryPort(p + 1));
      s.listen(p, "127.0.0.1", () => s.close(() => process.stdout.write(String(p))));
    };
    tryPort(Number(process.argv[1]));`;
  return Number(execFileSync(process.execPath, ["-e", probe, String(first)], { encoding: "utf8" }));
}

// The runner and each worker load this file; the workers inherit the runner's environment, so the
// port is chosen once and every process agrees on it.
const port = Number(process.env.PLAYWRIGHT_PORT) || freePort(Number(process.env.PORT) || 3100);
process.env.PLAYWRIGHT_PORT = String(port);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/browser",
  // *.browser.mjs: tests still written for the old harness, run through tests/browser/harness.mjs.
  testMatch: ["**/*.spec.mjs", "**/*.browser.mjs"],
  outputDir: "tests/artifacts/test-results",
  // One worker, one test at a time: the machine is small and shared, and `next start` serves all.
  workers: 1,
  fullyParallel: false,
  // A retry would hide a test that fails only sometimes; a failure is a failure.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "tests/artifacts/playwright-results.json" }]],
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    // Playwright sets FORCE_COLOR=1 for the server; with NO_COLOR (plain CI logs) Node would warn.
    env: { NEXT_TELEMETRY_DISABLED: "1", ...(process.env.NO_COLOR ? { FORCE_COLOR: "0" } : {}) },
    stdout: "ignore",
    stderr: "pipe",
  },
});
