// Tiny browser-test harness on top of playwright-core and the system Chromium.
//
//   import { test, run, screenshot } from "./harness.mjs";
//   test("name", async ({ page, baseURL, browser, context }) => { ... });
//   test("tolerates errors", fn, { allowErrors: true, context: { viewport: {...} } });
//   await run();
//
// Each test gets a fresh browser context (default viewport 1280x900). Console errors and
// uncaught page errors fail the test unless it passes { allowErrors: true } (a 404 for the
// browser's automatic /favicon.ico request is ignored). run() prints one line
// `BROWSER-RESULT {"passed":n,"failed":m}` that tests/run-all.mjs parses.
// Run a file on its own with: BASE_URL=http://127.0.0.1:3000 node tests/browser/x.browser.mjs
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const SCREENSHOT_DIR = fileURLToPath(new URL("../artifacts/screenshots/", import.meta.url));
export const baseURL = (
  process.env.BASE_URL || `http://127.0.0.1:${process.env.PORT || 3100}`
).replace(/\/+$/, "");

const DEFAULT_TIMEOUT_MS = 30_000;
const tests = [];

/** Register a test. options: { allowErrors, timeout (ms), context (newContext options) } */
export function test(name, fn, options = {}) {
  tests.push({ name, fn, options });
}

/** Save a (full-page by default) screenshot to tests/artifacts/screenshots/<name>.png. */
export async function screenshot(page, name, options = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

// An error whose report is just its message (no stack pointing into the harness).
const plainError = (message) => Object.assign(new Error(message), { stack: message });

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(plainError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const indent = (text) => String(text).replace(/^/gm, "      ");
const slug = (text) => text.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

/** Run the registered tests one after another and report the counts. */
export async function run() {
  let passed = 0;
  let failed = 0;
  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    console.log(`  ✗ could not launch Chromium\n${indent(err.stack || err)}`);
    failed = Math.max(tests.length, 1);
  }
  for (const { name, fn, options } of browser ? tests : []) {
    const started = Date.now();
    const errors = [];
    let context;
    let page;
    try {
      context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...options.context,
      });
      // A Content-Security-Policy violation fails the test like a console error: the app must
      // work under the policy next.config.js sends (the upload worker and downloads included).
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`,
          ),
        );
      });
      page = await context.newPage();
      page.on("console", (msg) => {
        const where = msg.location().url;
        // Chromium's own automatic /favicon.ico request is not the page's doing.
        if (msg.type() !== "error" || where.endsWith("/favicon.ico")) return;
        errors.push(`console error: ${msg.text()}${where ? ` (${where})` : ""}`);
      });
      page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
      const body = Promise.resolve().then(() => fn({ page, baseURL, browser, context }));
      body.catch(() => {}); // a timed-out test may reject later; don't crash on that
      await withTimeout(body, options.timeout ?? DEFAULT_TIMEOUT_MS);
      if (errors.length > 0 && !options.allowErrors) {
        throw plainError(`${errors.length} console/page error(s):\n${errors.join("\n")}`);
      }
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n${indent(err.stack || err)}`);
      if (page) await screenshot(page, `FAILED-${slug(name)}`).catch(() => {});
    } finally {
      await context?.close().catch(() => {});
    }
  }
  await browser?.close().catch(() => {});
  console.log(`BROWSER-RESULT ${JSON.stringify({ passed, failed })}`);
  process.exitCode = failed > 0 ? 1 : 0;
  return { passed, failed };
}
