// Smoke test: the home page renders (HTTP 200, has an <h1>) without console errors,
// and screenshots at desktop and phone widths land in tests/artifacts/screenshots/.
import assert from "node:assert/strict";
import { screenshot, test } from "./fixtures.mjs";
import { gotoDashboard } from "./helpers.mjs";

const viewports = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

for (const viewport of viewports) {
  test.describe(() => {
    test.use({ viewport, reducedMotion: "reduce" });
    test(`home page at ${viewport.width}x${viewport.height}: HTTP 200, has an <h1>`, async ({
      page,
      baseURL,
    }) => {
      // Charts are built as their panels near the screen: gotoDashboard scrolls to each one, so
      // the full-page screenshot shows them all drawn.
      const response = await gotoDashboard(page, baseURL);
      assert.equal(response?.status(), 200, "GET / should answer 200");
      assert.ok((await page.locator("h1").count()) > 0, "expected an <h1> on /");
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      await screenshot(page, `home-${viewport.width}`);
    });
  });
}
