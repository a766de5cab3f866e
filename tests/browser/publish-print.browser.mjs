// Printing (or "Save as PDF"): every panel whole with its chart, no controls. Writes the PDF to
// tests/artifacts/screenshots/publish-print.pdf (look at it: pdftoppm -png -r 60 that.pdf page).
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { SCREENSHOT_DIR, baseURL, run, test } from "./harness.mjs";
import { PANEL_IDS, gotoDashboard, panel } from "./helpers.mjs";

test(
  "printed, / shows every panel's chart within the page width and none of the controls",
  async ({ page }) => {
    await gotoDashboard(page, baseURL);
    await page.emulateMedia({ media: "print" });
    for (const id of PANEL_IDS) {
      const section = panel(page, id);
      assert.equal(await section.locator(".toolbar").isVisible(), false, `${id}: toolbar hidden`);
      assert.equal(
        await section.locator("details.how").isVisible(),
        false,
        `${id}: "How is this computed?" hidden`,
      );
      const canvas = section.locator(".chart-box canvas");
      assert.ok(await canvas.isVisible(), `${id}: chart shown`);
      const box = await canvas.boundingBox();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      assert.ok(
        box && box.x >= 0 && box.x + box.width <= width + 1,
        `${id}: chart within the page (${JSON.stringify(box)})`,
      );
      assert.equal(
        await section.evaluate((el) => getComputedStyle(el).breakInside),
        "avoid",
        `${id}: not split across pages`,
      );
    }
    for (const selector of [".controls", ".share-button", "#upload"]) {
      const hidden = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display === "none");
      assert.ok(hidden, `${selector} hidden in print`);
    }
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await writeFile(
      path.join(SCREENSHOT_DIR, "publish-print.pdf"),
      await page.pdf({ format: "A4", printBackground: true }),
    );
  },
  { timeout: 60_000 },
);

await run();
