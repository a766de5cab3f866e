// What the first visit loads, and what comes later, when the reader wants it (BENCHMARKS.md,
// "What was changed"): on a phone the top of the page shows no chart, so no chart is built until
// a panel nears the screen, and Chart.js comes once the loaded page has settled (for printing); the published numbers come computed
// from the server, so the recompute code arrives with the first change of view; the upload's code
// arrives when the reader reaches for it. Each step is checked by what the page then shows.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";
import { assertClose, findRow, panel, parseCsv, tableRows, TIDY_HEADER } from "./helpers.mjs";

test.use({ viewport: { width: 375, height: 812 } });

/** Opens `/` and waits until nothing more is fetched; returns the list of scripts fetched so far. */
async function openAndSettle(page, baseURL) {
  page.setDefaultTimeout(10_000);
  const scripts = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(`${baseURL}/`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page
    .locator('.dashboard[data-hydrated][data-state="ready"]')
    .waitFor({ state: "attached" });
  return scripts;
}

test("on a phone a chart is built when its panel nears the screen, not before; Chart.js comes once the loaded page has settled", async ({
  page,
  baseURL,
}) => {
  const scripts = await openAndSettle(page, baseURL);
  // Five seconds after the load event, when the browser is idle (app/components/chart-module.ts).
  await page
    .locator("html[data-chart-module=loaded]")
    .waitFor({ state: "attached", timeout: 20_000 });
  assert.equal(await page.locator(".chart-box canvas").count(), 0, "no chart at the top");
  assert.equal(
    // textContent: innerText is empty in a panel the browser has not laid out yet (far from the
    // screen: content-visibility), though the text is there and in the accessibility tree.
    (await panel(page, "oil").locator(".chart-box").textContent()).trim(),
    "Loading chart…",
    "the oil chart's box waits",
  );
  const atIdle = scripts.length;

  await panel(page, "oil").locator(".chart-box").scrollIntoViewIfNeeded();
  await panel(page, "oil").locator(".chart-box canvas").waitFor({ state: "attached" });
  assert.equal(scripts.length, atIdle, "building the first chart fetched no more script");
  assert.equal(
    await panel(page, "energy").locator(".chart-box canvas").count(),
    0,
    "the last panel, far below, still has no chart",
  );

  await panel(page, "energy").locator(".chart-box").scrollIntoViewIfNeeded();
  await panel(page, "energy").locator(".chart-box canvas").waitFor({ state: "attached" });
});

// The first Intl.NumberFormat, Collator or toLocaleString a page calls loads ICU's data: 100–210
// ms at a phone's CPU speed, blocking (BENCHMARKS.md, session 7). The dashboard's own numbers are
// written by lib/fast/en-us-number.ts, so loading and hydrating `/` calls none of them.
test("loading and hydrating / on a phone calls nothing that loads ICU's locale data", async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const calls = (window.__icuCalls = []);
    const watch = (owner, name, label) => {
      const original = owner[name];
      const wrapped = function (...args) {
        calls.push(label);
        return new.target
          ? Reflect.construct(original, args, new.target)
          : original.apply(this, args);
      };
      wrapped.prototype = original.prototype;
      owner[name] = wrapped;
    };
    watch(Intl, "NumberFormat", "Intl.NumberFormat");
    watch(Intl, "Collator", "Intl.Collator");
    watch(Intl, "DateTimeFormat", "Intl.DateTimeFormat");
    watch(Intl, "PluralRules", "Intl.PluralRules");
    watch(Number.prototype, "toLocaleString", "Number#toLocaleString");
    watch(Date.prototype, "toLocaleString", "Date#toLocaleString");
    watch(Date.prototype, "toLocaleDateString", "Date#toLocaleDateString");
    watch(String.prototype, "localeCompare", "String#localeCompare");
  });
  await page.goto(`${baseURL}/`, { waitUntil: "load" });
  await page
    .locator('.dashboard[data-hydrated][data-state="ready"]')
    .waitFor({ state: "attached" });
  // The page shows numbers (the headline's 2.14 mb/d), written without Intl.
  assert.match(await page.locator("main").innerText(), /2\.14 mb\/d/);
  assert.deepEqual(await page.evaluate(() => window.__icuCalls), []);
});

test("the first change of view loads the recompute code and shows its result: oil in Mt, Russia 2023 = 107.02", async ({
  page,
  baseURL,
}) => {
  // The metric registry's code names its metrics; the server-computed page carries only
  // their values. So a script holding this id is the recompute code.
  const marker = "crude_mbd_from_tonnes";
  const bodies = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  await openAndSettle(page, baseURL);
  const atLoad = await Promise.all(bodies);
  assert.ok(atLoad.length > 0, "scripts were seen");
  assert.ok(!atLoad.some((b) => b.includes(marker)), "no recompute code in the first load");

  await page.getByRole("radio", { name: "million tonnes a year", exact: true }).check();
  await panel(page, "oil").getByRole("button", { name: "Table", exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector('section[data-panel="oil"] tr[data-unit="Mt"]') !== null,
  );
  await page
    .locator('.dashboard[data-hydrated][data-state="ready"]')
    .waitFor({ state: "attached" });
  const all = await Promise.all(bodies);
  assert.ok(
    all.some((b) => b.includes(marker)),
    "the recompute code was fetched for the change",
  );
  const rows = await tableRows(page, "oil");
  assert.equal(findRow(rows, "russia", "2023", "Mt").value, 107.02);
  // 2016 has only 1.05 mb/d: 1.05 × 365 ÷ 7.3 = 52.5 Mt, derived here.
  assertClose(findRow(rows, "russia", "2016", "Mt").value, 52.5, 1e-9, "russia 2016 in Mt");
});

test("the page arrives without table rows: 'Download CSV' in the default view computes them (Russia 2023: 2.14 mb/d)", async ({
  page,
  baseURL,
}) => {
  await openAndSettle(page, baseURL);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel(page, "oil").getByRole("button", { name: "Download CSV" }).click(),
  ]);
  // The view's latest row is January–October 2025 (ends 2025-10); datasets checked 2026-11-30.
  assert.equal(download.suggestedFilename(), "oil-annual_through-2025-10_checked-2026-11-30.csv");
  const { fields, rows } = parseCsv(await readFile(await download.path(), "utf8"), "oil CSV");
  const col = (name) => fields.indexOf(name);
  const russia2023 = rows.filter(
    (r) => r[col("series")] === "russia" && r[col("period")] === "2023",
  );
  assert.deepEqual(
    russia2023.map((r) => [r[col("value")], r[col("unit")], r[col("basis")], r[col("origin")]]),
    [["2.14", "mb/d", "reported", "published"]],
  );
  assert.equal(new URL(page.url()).search, "", "still the default view");
});

test.describe(() => {
  // The aborted fetch of /data/bundle.json is logged by the browser as an error: expected here.
  test.use({ allowErrors: true });
  test("when the published data cannot be fetched, the page says so and 'Try again' recovers", async ({
    page,
    baseURL,
  }) => {
    await openAndSettle(page, baseURL);
    let offline = true;
    await page.route("**/data/bundle.json", (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    // click, not check: a change whose code cannot load does not stay checked (the controls show
    // the view the charts show: dashboard.spec.mjs), and check() would fail on that.
    await page.getByRole("radio", { name: "million tonnes a year", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "could not be computed" });
    await alert.waitFor();
    assert.equal(
      await page.locator(".dashboard").getAttribute("data-state"),
      "failed",
      "the dashboard says it failed, not that it is still computing",
    );
    offline = false;
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.locator('.dashboard[data-state="ready"]').waitFor({ state: "attached" });
    await alert.waitFor({ state: "detached" });
    await panel(page, "oil").getByRole("button", { name: "Table", exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('section[data-panel="oil"] tr[data-unit="Mt"]') !== null,
    );
    assert.equal(findRow(await tableRows(page, "oil"), "russia", "2023", "Mt").value, 107.02);
  });
});

test("a file chosen before the upload's code has loaded is read, not lost", async ({
  page,
  baseURL,
}) => {
  await openAndSettle(page, baseURL);
  // The upload section is at the bottom of the page: nothing has wanted its code yet.
  assert.equal(await page.getByTestId("upload-apply").count(), 0, "the upload's code waits");
  await page.getByTestId("upload-input").setInputFiles({
    name: "crude_annual.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${TIDY_HEADER}\n2023,russia,2.30,mb/d,reported,moscowtimes-russia-crude-2014-mbd,\n`,
    ),
  });
  const report = page.getByTestId("upload-report");
  await report.waitFor();
  // On screen, as for a reader who chose the file there: innerText is empty in a section the
  // browser has not laid out yet (far from the screen: content-visibility).
  await report.scrollIntoViewIfNeeded();
  assert.match(await report.innerText(), /^1 row read: 1 accepted, 0 rejected/);
});

test("reading down to the upload section, the pointer passing over it, fetches none of the upload's code; a press in it does", async ({
  page,
  baseURL,
}) => {
  const scripts = await openAndSettle(page, baseURL);
  const data = [];
  page.on("request", (r) => r.url().endsWith("/data/bundle.json") && data.push(r.url()));
  const section = page.locator("#upload");
  await section.scrollIntoViewIfNeeded();
  const box = await section.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
  await page.waitForLoadState("networkidle");
  const beforePress = scripts.length;
  assert.equal(data.length, 0, "the published data was not fetched for the upload");

  await section.locator("p").first().click();
  await page.waitForLoadState("networkidle");
  assert.ok(scripts.length > beforePress, "a press in the section fetched the upload's code");
  assert.equal(data.length, 1, "… and the published data it compares files with");
});
