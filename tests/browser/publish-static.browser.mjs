// The static copy (`npm run export` → out/) served by a plain static server that knows nothing
// of Next.js (tests/static/serve.mjs, which also sends out/_headers as static hosts do): the pages
// load and work under the security policy, a view change recomputes from /data/bundle.json, the
// CSVs and JSON files are there, the embeds are frameable and nothing else is.
// out/ is built by this file when it is missing (npm run export; several minutes on a busy machine).
// Self-contained: it does not use BASE_URL.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { run, screenshot, test } from "./harness.mjs";
import {
  DATASET_FILES,
  PANEL_IDS,
  ROOT,
  TIDY_HEADER,
  countRecords,
  firstLine,
  readDataFile,
} from "./helpers.mjs";
import { serveStatic } from "../static/serve.mjs";

const OUT = path.join(ROOT, "out");
// tests/run-all.mjs builds out/ before the browser tests; building it here would rebuild while
// `next start` serves the other tests.
if (!existsSync(path.join(OUT, "_headers"))) {
  throw new Error("out/ is missing: run `npm run export` first (npm test does)");
}
const site = await serveStatic(OUT);
const STATIC = site.url;

async function waitForCharts(page, ids) {
  for (const id of ids) {
    const box = page.locator(`section[data-panel="${id}"] .chart-box`);
    await box.scrollIntoViewIfNeeded();
    await box.locator("canvas").waitFor({ state: "attached" });
  }
}

for (const [route, h1] of [
  ["/", "Russian oil and gas to China"],
  ["/methodology", null],
  ["/data", "Data"],
]) {
  test(`static copy: ${route} answers 200 from a plain server, with its <h1> and no console or CSP errors`, async ({
    page,
  }) => {
    page.setDefaultTimeout(10_000);
    const response = await page.goto(`${STATIC}${route}`, { waitUntil: "load" });
    assert.equal(response?.status(), 200);
    const heading = await page.locator("h1").textContent();
    if (h1) assert.ok(heading?.startsWith(h1), `h1 of ${route}: ${heading}`);
    if (route === "/") {
      await page
        .locator('.dashboard[data-hydrated][data-state="ready"]')
        .waitFor({ state: "attached" });
      await waitForCharts(page, PANEL_IDS);
    }
  });
}

test("static copy: a view in the query string (?oil=Mt) recomputes from /data/bundle.json", async ({
  page,
}) => {
  page.setDefaultTimeout(15_000);
  const bundle = page.waitForResponse((r) => r.url().endsWith("/data/bundle.json"));
  await page.goto(`${STATIC}/?oil=Mt`, { waitUntil: "load" });
  assert.equal((await bundle).status(), 200);
  await page
    .locator('.dashboard[data-hydrated][data-state="ready"]')
    .waitFor({ state: "attached" });
  await waitForCharts(page, ["oil"]);
  const pressed = await page.locator('input[type="radio"][value="Mt"]').first().isChecked();
  assert.equal(pressed, true, "the Mt unit is selected after the recompute");
});

test("static copy: every dataset CSV is served with the same header and record count as data/", async () => {
  for (const name of DATASET_FILES) {
    const response = await fetch(`${STATIC}/data/${name}.csv`);
    assert.equal(response.status, 200, `/data/${name}.csv`);
    const text = await response.text();
    assert.equal(firstLine(text), TIDY_HEADER, `${name}.csv header`);
    assert.equal(
      countRecords(text, name),
      countRecords(readDataFile(`${name}.csv`), name),
      `${name}.csv records`,
    );
  }
  for (const file of ["sources.csv", "factors.csv", "events.csv", "metrics.csv", "checks.csv"]) {
    assert.equal((await fetch(`${STATIC}/data/${file}`)).status, 200, `/data/${file}`);
  }
});

test("static copy: bundle.json and datapackage.json parse, and the package lists 14 CSV resources (7 datasets and 7 support files)", async () => {
  const bundle = await (await fetch(`${STATIC}/data/bundle.json`)).json();
  assert.ok(Array.isArray(bundle.sources) && bundle.sources.length > 0, "bundle.json has sources");
  const pkg = await (await fetch(`${STATIC}/data/datapackage.json`)).json();
  assert.equal(pkg.$schema, "https://datapackage.org/profiles/2.0/datapackage.json");
  assert.equal(pkg.resources.length, 14);
});

test("static copy: an unknown address answers 404", async () => {
  assert.equal((await fetch(`${STATIC}/data/nope.csv`)).status, 404);
  assert.equal((await fetch(`${STATIC}/embed/nope`)).status, 404);
});

test("static copy: _headers keeps frame-ancestors 'self' on pages and opens it on /embed/* only", async () => {
  for (const route of ["/", "/methodology", "/data"]) {
    const h = (await fetch(`${STATIC}${route}`)).headers;
    assert.match(h.get("content-security-policy") ?? "", /frame-ancestors 'self'$/, `${route} CSP`);
    assert.equal(h.get("x-frame-options"), "SAMEORIGIN", `${route} X-Frame-Options`);
    assert.equal(h.get("x-content-type-options"), "nosniff", `${route} nosniff`);
  }
  for (const id of PANEL_IDS) {
    const h = (await fetch(`${STATIC}/embed/${id}`)).headers;
    assert.match(h.get("content-security-policy") ?? "", /frame-ancestors \*$/, `/embed/${id} CSP`);
    assert.equal(h.get("x-frame-options"), null, `/embed/${id} has no X-Frame-Options`);
    assert.equal(h.get("x-content-type-options"), "nosniff", `/embed/${id} nosniff`);
  }
});

test("static copy: /embed/oil draws its chart with title, source line and link back", async ({
  page,
}) => {
  page.setDefaultTimeout(10_000);
  await page.goto(`${STATIC}/embed/oil`, { waitUntil: "load" });
  await page.locator(".embed canvas").waitFor({ state: "attached" });
  assert.equal(await page.locator(".site-header").isVisible(), false, "no site header in an embed");
  assert.ok((await page.locator(".embed .source-line").count()) >= 1);
  assert.match(
    (await page.locator(".embed a[target=_blank]").getAttribute("href")) ?? "",
    /^\/\?.*panel=oil#oil$/,
  );
  await screenshot(page, "publish-static-embed-oil");
});

// Playwright loads this file once to list its tests and once to run them: the server must not keep
// either process alive, and it serves until the process ends.
site.unref();
await run();
