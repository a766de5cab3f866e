// "Bring your own data" on the dashboard: a file with bad rows is reported row by row (and its
// rejected rows download defused), a large upload can be cancelled, and nothing goes over the
// network while a file is read and applied. The panel's DOM contract: data-testid upload-input,
// upload-progress, upload-cancel, upload-report, upload-apply, rejected-table.
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { SCREENSHOT_DIR, screenshot, test } from "./fixtures.mjs";
import { gotoDashboard, openHow, panel, parseCsv, readDataFile, TIDY_HEADER } from "./helpers.mjs";

const fixture = (name) => readFile(new URL(`../fixtures/upload/${name}`, import.meta.url));
/** A file as the picker hands it over; the name tells the panel which dataset it is for. */
const asFile = (buffer, name = "crude_annual.csv") => ({ name, mimeType: "text/csv", buffer });

async function openPanel(page, baseURL) {
  await gotoDashboard(page, baseURL);
  // Next's <Link> prefetches run after load; wait them out so only the upload is measured.
  await page.waitForLoadState("networkidle");
  const input = page.getByTestId("upload-input");
  await input.waitFor({ state: "attached" });
  return input;
}

const viewports = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

for (const viewport of viewports) {
  test.describe(() => {
    test.use({ viewport, reducedMotion: "reduce" });
    test(`a file with bad rows lists each rejected row with its row number and code (${viewport.width} px)`, async ({
      page,
      baseURL,
    }) => {
      const input = await openPanel(page, baseURL);
      await input.setInputFiles(asFile(await fixture("crude_annual-bad-rows.csv")));
      const report = page.getByTestId("upload-report");
      await report.waitFor();
      assert.equal(
        (await report.innerText()).replace(/\s+/g, " ").trim(),
        "6 rows read: 2 accepted, 4 rejected (left out; listed below).",
      );
      const rejected = await page
        .getByTestId("rejected-table")
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [tr.dataset.row, tr.dataset.code]));
      // By hand from tests/fixtures/upload/README.md: rows 3 to 6, one problem each.
      assert.deepEqual(rejected, [
        ["3", "ragged_row"],
        ["4", "not_a_number"],
        ["5", "unknown_source"],
        ["6", "bad_period"],
      ]);
      const messages = await page
        .getByTestId("rejected-table")
        .locator("tbody td:nth-child(2)")
        .allInnerTexts();
      assert.match(messages[1], /thousands separator; write 1234/);

      const section = page.locator("#upload");
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({
        path: path.join(SCREENSHOT_DIR, `upload-report-${viewport.width}.png`),
      });
      if (viewport.width < 600) return;

      // The download: every rejected row as written, its reasons, the formula defused.
      const button = page.getByRole("button", { name: "Download rejected rows (CSV)" });
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      assert.equal(download.suggestedFilename(), "crude_annual-rejected.csv");
      const text = await readFile(await download.path(), "utf8");
      const { fields, rows } = parseCsv(text, "rejected rows");
      // Written when first asked, then kept: the button is ready again and gives the same file.
      const [again] = await Promise.all([page.waitForEvent("download"), button.click()]);
      assert.equal(await readFile(await again.path(), "utf8"), text);
      assert.deepEqual(fields, ["row", ...TIDY_HEADER.split(","), "extra_1", "reasons"]);
      assert.deepEqual(
        rows.map((r) => r[0]),
        ["3", "4", "5", "6"],
      );
      assert.equal(rows[3][1], `'=HYPERLINK("http://example.com")`, "the formula is defused");
      assert.match(rows[1][9], /^value: not_a_number: /);

      // Compared with the published data: 2023 Russia Mt changes, 2027 is added.
      const counts = (await page.getByTestId("diff-counts").innerText()).replace(/\s+/g, " ");
      assert.match(counts, /crude_annual\.csv: 1 added, 1 changed, 0 removed, \d+ unchanged\./);
      const changed = page.locator('[data-testid="diff-table"] tr[data-kind="changed"]');
      assert.deepEqual(
        (await changed.locator("td").allInnerTexts()).map((t) => t.trim()),
        ["2023", "russia", "Mt", "107.02", "110.5", "value, note changed"],
      );
    });
  });
}

/** `rows` crude_annual rows, all valid in form, generated here (about 63 bytes a row). */
function largeCsv(rows) {
  const lines = [TIDY_HEADER];
  for (let i = 0; i < rows; i++) {
    const year = 1990 + (i % 111);
    lines.push(`${year},russia,${(i % 900) + 0.5},Mt,reported,asiafinancial-russia-crude-2023,`);
  }
  return Buffer.from(lines.join("\n") + "\n");
}

test("cancelling a large upload stops it: no report, nothing to apply", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  const input = await openPanel(page, baseURL);
  const large = largeCsv(300_000);
  // Handed over as a file on disk, as a reader's would be: an 18 MB buffer would be copied into
  // the browser, and into the trace as well, before the upload even starts.
  const file = testInfo.outputPath("crude_annual.csv");
  await writeFile(file, large);
  await input.setInputFiles(file);
  const progress = page.getByTestId("upload-progress");
  // Rows are counted once reading is under way (past the first megabyte).
  await page.waitForFunction(
    () =>
      /[1-9][\d,]* rows/.test(
        document.querySelector('[data-testid="upload-progress"]')?.textContent ?? "",
      ),
    null,
    { timeout: 20_000 },
  );
  const total = (large.length / (1024 * 1024)).toFixed(1);
  assert.match(await progress.innerText(), new RegExp(`rows · [\\d.]+ MB of ${total} MB`));
  await page.getByTestId("upload-cancel").click();
  await page.getByText("Cancelled: nothing from this file is used.").waitFor();
  assert.equal(await progress.count(), 0, "the progress bar is gone");
  // The worker stopped: no report arrives later.
  await page.waitForTimeout(1500);
  assert.equal(await page.getByTestId("upload-report").count(), 0, "no report after cancel");
  assert.equal(await page.getByTestId("upload-apply").isDisabled(), true, "nothing to apply");
});

test("a press on the file input starts the file reader while the dialog is open", async ({
  page,
  baseURL,
}) => {
  const input = await openPanel(page, baseURL);
  assert.equal(page.workers().length, 0, "no worker before the reader reaches for the upload");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), input.click()]);
  // The press loads the upload's code, which starts its worker: no file chosen yet.
  for (let tries = 0; tries < 100 && page.workers().length === 0; tries++)
    await page.waitForTimeout(100);
  assert.equal(page.workers().length, 1, "the worker started before a file was chosen");
  const reader = page.workers()[0];
  await chooser.setFiles(asFile(await fixture("crude_annual-2023.csv")));
  await page.getByTestId("upload-report").waitFor();
  assert.deepEqual(page.workers(), [reader], "that same worker read the file");
});

test("with the reader's data shown, a panel scrolled to comes to rest below the banner (1280 px)", async ({
  page,
  baseURL,
}) => {
  const input = await openPanel(page, baseURL);
  await input.setInputFiles(asFile(await fixture("crude_annual-2023.csv")));
  await page.getByTestId("upload-report").waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
  );
  await page.getByTestId("upload-apply").click();
  const banner = page.getByTestId("reader-banner");
  await banner.waitFor();
  // As the dashboard does for an address with `panel=oil`, and as a #oil link does.
  await page.evaluate(() => document.getElementById("oil")?.scrollIntoView());
  const { bannerBottom, headingTop } = await page.evaluate(() => ({
    bannerBottom: document.querySelector('[data-testid="reader-banner"]').getBoundingClientRect()
      .bottom,
    headingTop: document.querySelector("#oil h2").getBoundingClientRect().top,
  }));
  assert.ok(bannerBottom > 50, `the banner stays at the top (its bottom at ${bannerBottom} px)`);
  assert.ok(
    headingTop >= bannerBottom,
    `the oil panel's heading (top ${headingTop} px) is below the banner (bottom ${bannerBottom} px)`,
  );
  await screenshot(page, "reader-banner-scrolled-to-oil-1280", { fullPage: false });
});

test("no network request is made while a file is read and applied", async ({ page, baseURL }) => {
  const input = await openPanel(page, baseURL);
  const requests = [];
  page.on("request", (r) =>
    requests.push({ method: r.method(), url: r.url(), type: r.resourceType(), body: r.postData() }),
  );
  const readAndApply = async (buffer) => {
    await input.setInputFiles(asFile(buffer));
    await page.getByTestId("upload-report").last().waitFor();
    const apply = page.getByTestId("upload-apply");
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
    );
    await apply.click();
    // The dashboard says it shows the reader's data (the panel's `active`).
    await page.getByTestId("upload-reset").waitFor();
  };

  // The first file starts the worker: its script (and the chunks it imports) and the published
  // data it is compared with are the only things fetched, same-origin GETs that carry nothing of
  // the file.
  const ownCode = (url) => url.startsWith(`${baseURL}/_next/static/`) && url.endsWith(".js");
  const unexpected = () =>
    requests.filter(
      (r) =>
        !(r.method === "GET" && r.body === null) ||
        !(ownCode(r.url.split("?")[0]) || r.url === `${baseURL}/data/bundle.json`),
    );
  await readAndApply(await fixture("crude_annual-2023.csv"));
  assert.deepEqual(unexpected(), [], "only the page's own scripts and published data were fetched");
  assert.equal(page.workers().length, 1, "one worker reads the files");

  // With the worker running, a second file is read and applied with no request at all.
  requests.length = 0;
  await page.getByTestId("upload-reset").click();
  await page.getByTestId("upload-reset").waitFor({ state: "detached" });
  await readAndApply(await fixture("crude_annual-bad-rows.csv"));
  assert.deepEqual(requests, [], "no request while the second file was read and applied");

  // Both files removed: the worker is ended, giving its memory back. A new file starts another,
  // which fetches nothing but its own script.
  await page.getByTestId("upload-reset").click();
  await page.getByTestId("upload-reset").waitFor({ state: "detached" });
  const ended = page.workers()[0].waitForEvent("close");
  const remove = page.getByRole("button", { name: "Remove" });
  await remove.first().click();
  assert.equal(page.workers().length, 1, "a file is left: the worker keeps running");
  await remove.first().click();
  await ended;
  assert.equal(page.workers().length, 0, "no file is left: no worker");
  requests.length = 0;
  await readAndApply(await fixture("crude_annual-2023.csv"));
  assert.equal(page.workers().length, 1, "a new worker reads the new file");
  assert.deepEqual(unexpected(), [], "the new worker fetched only the page's own scripts");
});

test("a file changing the 2023 oil figure recomputes the headline, the metrics, the checks, the downloads and /methodology", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const input = await openPanel(page, baseURL);
  // The published crude_annual.csv with 2023 from Russia changed: 107.02 → 115.00 Mt, 2.14 → 2.30 mb/d.
  const published = readDataFile("crude_annual.csv");
  const changed = published
    .replace("2023,russia,107.02,Mt,", "2023,russia,115.00,Mt,")
    .replace("2023,russia,2.14,mb/d,", "2023,russia,2.30,mb/d,");
  assert.notEqual(changed, published, "the test file differs from the published one");
  await input.setInputFiles(asFile(Buffer.from(changed)));
  await page.getByTestId("upload-report").waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
  );
  await page.getByTestId("upload-apply").click();
  await page.getByTestId("reader-banner").waitFor();
  await page.locator('.dashboard[data-state="ready"]').waitFor({ state: "attached" });

  const tile = page.locator('li[data-claim="crude_exports_russia_to_china"]');
  // The article's claim stays 2.14; the evidence now gives 115 × 7.3 / 365 = 2.30 mb/d
  // (7.22: 2.2748 → 2.27; 7.45: 2.3473 → 2.35), and the check fails: 2.14 is outside that range.
  assert.equal(await tile.locator(".tile-value").innerText(), "2.14 mb/d");
  assert.equal(
    await tile.getByTestId("tile-range").innerText(),
    "Customs tonnes give 2.30 mb/d (2.27 mb/d to 2.35 mb/d with the crude factor's range)",
  );
  assert.match(await tile.innerText(), /FAIL\s+Customs tonnes converted to mb\/d/);
  const oil = panel(page, "oil");
  await openHow(page, "oil");
  const value = async (id) =>
    Number(await oil.locator(`li[data-metric="${id}"] .metric-value`).getAttribute("data-value"));
  // (115 / 86.25 − 1) × 100 = 33.3333…; 115 × 7.3 / 365 = 2.3
  assert.ok(Math.abs((await value("crude_growth_pct")) - 33.333333) < 1e-5);
  assert.ok(Math.abs((await value("crude_mbd_from_tonnes")) - 2.3) < 1e-9);

  // The oil panel's download carries the reader's rows, marked as such.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    oil.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  // With the reader's rows the name carries no checked date: the project did not check them.
  assert.equal(download.suggestedFilename(), "oil-annual-your-data_through-2025-10.csv");
  const { fields, rows } = parseCsv(await readFile(await download.path(), "utf8"));
  const col = (name) => fields.indexOf(name);
  const russia2023 = rows.find((r) => r[col("series")] === "russia" && r[col("period")] === "2023");
  assert.deepEqual([russia2023[col("value")], russia2023[col("origin")]], ["2.30", "reader"]);

  // /methodology, in the same tab, shows the metrics of the reader's data above the published ones.
  await page.goto(`${baseURL}/methodology`);
  const mine = page.getByTestId("reader-methodology");
  await mine.waitFor();
  const growth = await mine
    .locator('li[data-metric="crude_growth_pct"] .metric-value')
    .getAttribute("data-value");
  assert.ok(Math.abs(Number(growth) - 33.333333) < 1e-5);

  // And one click returns to the published data.
  await page.goto(`${baseURL}/`);
  await page
    .getByTestId("reader-banner")
    .getByRole("button", { name: "Return to the published data" })
    .click();
  await page.getByTestId("reader-banner").waitFor({ state: "detached" });
  assert.equal(
    await tile.getByTestId("tile-range").innerText(),
    "Customs tonnes give 2.14 mb/d (2.12 mb/d to 2.18 mb/d with the crude factor's range)",
  );
});
