// Compatibility shim: lets a test file written for the old hand-made harness (`*.browser.mjs`,
// `test(name, fn, options)` … `await run()`) run unchanged under @playwright/test, which the
// config points at `*.browser.mjs` as well as `*.spec.mjs`. New tests import ./fixtures.mjs;
// fixtures.mjs says how to convert an old file (a few mechanical edits).
//
//   options.context      → test.use(): viewport and the test options; the rest as contextOptions
//   options.allowErrors  → test.use({ allowErrors: true })
//   options.timeout (ms) → test.setTimeout()
import * as fixtures from "./fixtures.mjs";

const base = fixtures.test;

/** @public Old-style files import it from here (knip: kept though no file in this branch does). */
export const SCREENSHOT_DIR = fixtures.SCREENSHOT_DIR;
/** @public Saves a screenshot to tests/artifacts/screenshots/<name>.png (see fixtures.mjs). */
export const screenshot = fixtures.screenshot;

// Context options that are @playwright/test options of their own; the others go in contextOptions.
const TEST_OPTIONS = ["viewport", "colorScheme", "reducedMotion", "locale", "timezoneId"];

/**
 * @public The server's address, as the old harness exported it: the port playwright.config.ts
 * chose (shared with the workers through PLAYWRIGHT_PORT), or BASE_URL when set.
 */
export const baseURL = (
  process.env.BASE_URL ||
  `http://127.0.0.1:${process.env.PLAYWRIGHT_PORT || process.env.PORT || 3100}`
).replace(/\/+$/, "");

/** Registers `fn({ page, baseURL, browser, context })` as a Playwright test. */
export function test(name, fn, options = {}) {
  // `options.fixme`: a known failure with its reason, reported as skipped (never as a pass).
  if (options.fixme) {
    base.fixme(`${name} [fixme: ${options.fixme}]`, async () => {});
    return;
  }
  const own = {};
  const contextOptions = {};
  for (const [key, value] of Object.entries(options.context ?? {})) {
    (TEST_OPTIONS.includes(key) ? own : contextOptions)[key] = value;
  }
  base.describe(() => {
    base.use({ ...own, contextOptions, allowErrors: options.allowErrors === true });
    base(name, async ({ page, baseURL, browser, context }) => {
      if (options.timeout) base.setTimeout(options.timeout);
      await fn({ page, baseURL, browser, context });
    });
  });
}

/** The old harness ran the registered tests here; Playwright's runner does that now. */
export async function run() {}
