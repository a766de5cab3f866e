// The rule fixtures.mjs adds to every test, checked: each test below breaks it once and is
// marked test.fail(), so it passes only while the rule fails it. Should the rule stop working,
// these tests "unexpectedly pass", which Playwright reports as a failure.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";

test("a console error on the page fails the test (test.fail: it passes by failing)", async ({
  page,
  baseURL,
}) => {
  test.fail();
  await page.goto(`${baseURL}/data`, { waitUntil: "load" });
  await page.evaluate(() => console.error("logged by the test"));
});

test("a Content-Security-Policy violation fails the test (test.fail: it passes by failing)", async ({
  page,
  baseURL,
}) => {
  test.fail();
  await page.goto(`${baseURL}/data`, { waitUntil: "load" });
  // connect-src is 'self' only (next.config.js): a fetch elsewhere is refused by the policy,
  // and the refusal alone must fail the test, whatever the page does about the failed fetch.
  const refused = await page.evaluate(() =>
    fetch("https://example.com/").then(
      () => false,
      () => true,
    ),
  );
  assert.equal(refused, true, "the browser refused the fetch");
});

test.describe(() => {
  test.use({ allowErrors: true });
  test("with allowErrors a console error does not fail the test", async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/data`, { waitUntil: "load" });
    await page.evaluate(() => console.error("logged by the test, allowed"));
  });
});
