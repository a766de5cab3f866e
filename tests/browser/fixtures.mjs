// The browser tests' `test`: @playwright/test's, with one rule added. Console errors, uncaught page
// errors and Content-Security-Policy violations on `page` fail the test (Chromium's automatic
// /favicon.ico request excepted): the app must work under the policy next.config.js sends, the
// upload worker and the downloads included. A test that expects errors opts out with
// `test.use({ allowErrors: true })`. Config (server, Chromium, traces): playwright.config.ts.
//
// Converting a test written for the old harness (tests/browser/harness.mjs, `*.browser.mjs`):
//   1. Rename x.browser.mjs → x.spec.mjs; import { test, screenshot, SCREENSHOT_DIR } from
//      "./fixtures.mjs" instead of "./harness.mjs"; delete the final `await run();`.
//   2. `test(name, fn)` stays as it is: fn still gets { page, baseURL, context, browser }, and
//      node:assert still fails a test (or import { expect } from "@playwright/test").
//   3. Per-test options become test.use() in a describe block around the test(s):
//        test(name, fn, { context: { viewport, reducedMotion } })
//          → test.describe(() => { test.use({ viewport, reducedMotion }); test(name, fn); });
//        { allowErrors: true } → test.use({ allowErrors: true }) in that describe block;
//        { timeout: 60_000 }   → test.setTimeout(60_000) as the test's first line.
//   4. Run it: `npm run build && npx playwright test tests/browser/x.spec.mjs`.
// Until then an unconverted *.browser.mjs still runs: harness.mjs maps its calls onto this file.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base } from "@playwright/test";

export const SCREENSHOT_DIR = fileURLToPath(new URL("../artifacts/screenshots/", import.meta.url));

/** Saves a (full-page by default) screenshot to tests/artifacts/screenshots/<name>.png. */
export async function screenshot(page, name, options = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}

// An error whose report is just its message (no stack pointing into the fixture).
const plainError = (message) => Object.assign(new Error(message), { stack: message });

// Playwright names a fixture's callback `use`; here it is `provide`, which React's lint rule for
// hooks does not mistake for React's use().
export const test = base.extend({
  allowErrors: [false, { option: true }],

  context: async ({ context }, provide) => {
    // A CSP violation is reported as a console error, which the page fixture below collects.
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
      );
    });
    await provide(context);
  },

  page: async ({ page, allowErrors }, provide) => {
    const errors = [];
    page.on("console", (msg) => {
      const where = msg.location().url;
      // Chromium's own automatic /favicon.ico request is not the page's doing.
      if (msg.type() !== "error" || where.endsWith("/favicon.ico")) return;
      errors.push(`console error: ${msg.text()}${where ? ` (${where})` : ""}`);
    });
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    await provide(page);
    if (errors.length > 0 && !allowErrors) {
      throw plainError(`${errors.length} console/page error(s):\n${errors.join("\n")}`);
    }
  },
});
