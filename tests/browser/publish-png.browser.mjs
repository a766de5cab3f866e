// The publication PNG: a fixed 1200 × 800 layout drawn at 2× (2400 × 1600 pixels) in the light
// theme, whatever the window's width or colour scheme. Saves the images it downloads to
// tests/artifacts/screenshots/ so they can be looked at.
import assert from "node:assert/strict";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { SCREENSHOT_DIR, baseURL, run, test } from "./harness.mjs";
import { gotoDashboard, panel, pngSize } from "./helpers.mjs";

/** Pixels of a PNG at (x, y) points, read back through the page's own canvas. */
function pixelsAt(page, buffer, points) {
  return page.evaluate(
    async ({ data, points }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext("2d");
      g.drawImage(img, 0, 0);
      return points.map(([x, y]) => [...g.getImageData(x, y, 1, 1).data]);
    },
    { data: buffer.toString("base64"), points },
  );
}

for (const [width, scheme] of [
  [1280, "light"],
  [375, "dark"],
]) {
  test(
    `oil's PNG at ${width} px in ${scheme} mode is 2400 × 1600 with a white background`,
    async ({ page }) => {
      await gotoDashboard(page, baseURL);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        panel(page, "oil").getByRole("button", { name: "Download PNG" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), "oil-annual.png");
      const buffer = await readFile(await download.path());
      assert.deepEqual(pngSize(buffer), { width: 2400, height: 1600 });
      // Corners and the middle of the margins: the light theme's #ffffff, opaque.
      const white = [255, 255, 255, 255];
      const pixels = await pixelsAt(page, buffer, [
        [2, 2],
        [2397, 2],
        [2, 1597],
        [2397, 1597],
        [1200, 8],
      ]);
      for (const p of pixels) assert.deepEqual(p, white);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await copyFile(
        await download.path(),
        path.join(SCREENSHOT_DIR, `publish-png-oil-${width}-${scheme}.png`),
      );
    },
    {
      context: { viewport: { width, height: 900 }, colorScheme: scheme, acceptDownloads: true },
      timeout: 45_000,
    },
  );
}

await run();
