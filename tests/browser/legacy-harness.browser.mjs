// A test in the old harness's style (tests/browser/harness.mjs), kept so the compatibility shim
// that runs such files under Playwright is itself tested: its options must reach the context.
import assert from "node:assert/strict";
import { run, test } from "./harness.mjs";

test(
  "the old harness's options reach the browser: a 375 px viewport and dark colour scheme",
  async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/data`, { waitUntil: "load" });
    assert.equal(await page.evaluate(() => window.innerWidth), 375);
    assert.equal(
      await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
      true,
    );
  },
  { context: { viewport: { width: 375, height: 812 }, colorScheme: "dark" } },
);

test(
  "the old harness's allowErrors lets a test log an error",
  async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/data`, { waitUntil: "load" });
    await page.evaluate(() => console.error("logged by the test, allowed"));
  },
  { allowErrors: true },
);

await run();
