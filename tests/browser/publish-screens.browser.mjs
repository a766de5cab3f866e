// Screenshots of /, /data and an embed at 1280 and 375 px, light and dark, for a person to look
// at (tests/artifacts/screenshots/publish-*.png); each also fails when the page scrolls sideways.
import assert from "node:assert/strict";
import { baseURL, run, screenshot, test } from "./harness.mjs";
import { gotoDashboard } from "./helpers.mjs";

for (const width of [1280, 375]) {
  for (const scheme of ["light", "dark"]) {
    for (const [name, route] of [
      ["home", "/"],
      ["data", "/data"],
      ["embed-gas", "/embed/gas"],
    ]) {
      test(
        `${route} at ${width} px, ${scheme}: no sideways scroll (screenshot publish-${name}-${width}-${scheme})`,
        async ({ page }) => {
          page.setDefaultTimeout(15_000);
          if (route === "/") await gotoDashboard(page, baseURL);
          else await page.goto(`${baseURL}${route}`, { waitUntil: "load" });
          if (route.startsWith("/embed"))
            await page.locator('.embed[data-state="ready"] canvas').waitFor({ state: "attached" });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `scrollWidth ${scrollWidth} > ${width}`);
          await screenshot(page, `publish-${name}-${width}-${scheme}`, { fullPage: route !== "/" });
        },
        { context: { viewport: { width, height: 900 }, colorScheme: scheme }, timeout: 45_000 },
      );
    }
  }
}

await run();
