// The upload's intake step as a reader meets it: a field case (one of the handed field cases, kept beside the repository) is read
// with a "How your file was read" summary before Apply, a file whose name names no dataset keeps
// Apply disabled until one is chosen, a wide table is read as one row per period only when asked,
// and applied data survives a reload. Screenshots at 1280 and 375 px, light and dark.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run, SCREENSHOT_DIR, test } from "./harness.mjs";
import { gotoDashboard } from "./helpers.mjs";

const FIELD = fileURLToPath(new URL("../../../shared/field-cases/", import.meta.url));
const fieldCase = (name) => readFile(path.join(FIELD, name));
const asFile = (buffer, name) => ({ name, mimeType: "text/csv", buffer });

async function openPanel(page, baseURL) {
  await gotoDashboard(page, baseURL);
  await page.waitForLoadState("networkidle");
  const input = page.getByTestId("upload-input");
  await input.waitFor({ state: "attached" });
  return input;
}

const applyDisabled = (page) =>
  page.evaluate(() => document.querySelector('[data-testid="upload-apply"]')?.disabled);

const viewports = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

for (const viewport of viewports) {
  for (const colorScheme of ["light", "dark"]) {
    test(
      `a field case with a sep= line: Apply waits for the dataset, then "How your file was read" names the skipped line (${viewport.width} px, ${colorScheme})`,
      async ({ page, baseURL }) => {
        const input = await openPanel(page, baseURL);
        await input.setInputFiles(
          asFile(await fieldCase("01-excel-sep-line.csv"), "01-excel-sep-line.csv"),
        );
        // The name names no dataset: the reader is asked, and Apply waits.
        const select = page.getByLabel("Dataset for 01-excel-sep-line.csv:");
        await select.waitFor();
        assert.equal(
          await applyDisabled(page),
          true,
          "Apply is disabled while a file waits for its dataset",
        );
        await select.selectOption("crude_annual");
        const report = page.getByTestId("upload-report");
        await report.waitFor();
        assert.equal(
          (await report.innerText()).replace(/\s+/g, " ").trim(),
          "2 rows read: 2 accepted, 0 rejected.",
        );
        const readAs = page.getByTestId("upload-read-as");
        // By hand: 4 lines = the sep= line, the header, 2 rows.
        assert.match(
          await readAs.innerText(),
          /4 lines: 1 line above the header, the header, 2 lines of rows\./,
        );
        assert.match(
          await readAs.locator('li[data-code="sep_line"]').innerText(),
          /Line 1, "sep=,", names the delimiter/,
        );
        await page.waitForFunction(
          () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
        );
        // Nothing is wider than the page (a long cell wraps).
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
        const section = page.locator("#upload");
        await section.scrollIntoViewIfNeeded();
        await section.screenshot({
          path: path.join(SCREENSHOT_DIR, `upload-read-as-${viewport.width}-${colorScheme}.png`),
        });
      },
      { context: { viewport, colorScheme, reducedMotion: "reduce" } },
    );
  }

  for (const colorScheme of ["light", "dark"]) {
    test(
      `a header with a no-break space is named in the report, and a long cell wraps (${viewport.width} px, ${colorScheme})`,
      async ({ page, baseURL }) => {
        const input = await openPanel(page, baseURL);
        const url = `https://example.com/${"a".repeat(90)}`;
        const text = `${(await fieldCase("05-nbsp-in-header.csv")).toString("utf8")}2021,russia,${url},Mt,reported,x,\u202Eevil\n`;
        await input.setInputFiles(asFile(Buffer.from(text), "crude_annual.csv"));
        await page.getByTestId("rejected-table").waitFor();
        const first = page.getByTestId("rejected-table").locator("tbody tr").first();
        assert.match(await first.innerText(), /"value" followed by U\+00A0 NO-BREAK SPACE/);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
        const section = page.locator("#upload");
        await section.scrollIntoViewIfNeeded();
        await section.screenshot({
          path: path.join(SCREENSHOT_DIR, `upload-nbsp-${viewport.width}-${colorScheme}.png`),
        });
      },
      { context: { viewport, colorScheme, reducedMotion: "reduce" } },
    );
  }

  test(
    `a wide table is read as one row per period only when asked, with basis and source given (${viewport.width} px)`,
    async ({ page, baseURL }) => {
      const input = await openPanel(page, baseURL);
      await input.setInputFiles(
        asFile(await fieldCase("12-wide-years-as-columns.csv"), "crude_annual.csv"),
      );
      const wide = page.getByTestId("upload-wide");
      await wide.waitFor();
      // By hand: 2 series × 5 years, no empty cell: 10 rows; the first is russia 2019 77.64 Mt.
      assert.match(await wide.innerText(), /makes 10 rows/);
      const firstRow = await page
        .getByTestId("upload-wide-preview")
        .locator("tbody tr")
        .first()
        .locator("td")
        .allInnerTexts();
      assert.deepEqual(firstRow, ["2019", "russia", "77.64", "Mt", "?", "?", ""]);
      await page.locator("#upload").scrollIntoViewIfNeeded();
      await page.locator("#upload").screenshot({
        path: path.join(SCREENSHOT_DIR, `upload-wide-${viewport.width}.png`),
      });
      assert.equal(await page.getByTestId("upload-wide-read").isDisabled(), true);
      await wide.getByLabel("basis for every row:").selectOption("reported");
      await wide.getByLabel("source_id for every row:").fill("asiafinancial-russia-crude-2023");
      await page.getByTestId("upload-wide-read").click();
      await page.waitForFunction(() =>
        /10 rows read: 10 accepted/.test(
          document
            .querySelector('[data-testid="upload-report"]')
            ?.textContent?.replace(/\s+/g, " ") ?? "",
        ),
      );
      assert.match(
        await page.getByTestId("upload-read-as").innerText(),
        /Read as one row per period from a wide table: 2 rows × 5 period columns \(2019 to 2023\) made 10 rows/,
      );
    },
    { context: { viewport, reducedMotion: "reduce" } },
  );
}

// The two field cases the tests above do not open in a browser, as the upload panel reports them
// (by hand from the files, as in tests/intake/field-cases.test.ts).
for (const c of [
  {
    file: "03-trailing-empty-columns.csv",
    report: "2 rows read: 2 accepted, 0 rejected.",
    code: "padding_columns",
    says: /Columns H and I have no name/,
  },
  {
    file: "07-backslash-escaped-quotes.csv",
    report: "4 rows read: 4 accepted, 0 rejected.",
    code: "backslash_quotes",
    says: /lines 2 and 4/,
  },
]) {
  test(`field case ${c.file}: "${c.report}", and "How your file was read" says why`, async ({
    page,
    baseURL,
  }) => {
    const input = await openPanel(page, baseURL);
    await input.setInputFiles(asFile(await fieldCase(c.file), "crude_annual.csv"));
    const report = page.getByTestId("upload-report");
    await report.waitFor();
    assert.equal((await report.innerText()).replace(/\s+/g, " ").trim(), c.report);
    const note = page.getByTestId("upload-read-as").locator(`li[data-code="${c.code}"]`);
    assert.match(await note.innerText(), c.says);
  });
}

/** In the page: whether IndexedDB no longer holds the reader's data (reader-storage.ts's key). */
const storedReaderGone = () =>
  new Promise((resolve) => {
    const open = indexedDB.open("russia-china-energy");
    open.onerror = () => resolve(true);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("reader")) return resolve(true);
      const get = db.transaction("reader").objectStore("reader").get("reader-data-v2");
      get.onsuccess = () => resolve(get.result === undefined);
      get.onerror = () => resolve(false);
    };
  });

test("applied data is kept across a reload (IndexedDB), and the banner says so", async ({
  page,
  baseURL,
}) => {
  const input = await openPanel(page, baseURL);
  await input.setInputFiles(
    asFile(await fieldCase("10-capitalised-header.csv"), "crude_annual.csv"),
  );
  await page.getByTestId("upload-report").waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
  );
  await page.getByTestId("upload-apply").click();
  await page.getByTestId("reader-banner").waitFor();
  await page.locator('[data-testid="reader-kept"][data-kept="kept"]').waitFor();
  await page.reload({ waitUntil: "load" });
  const banner = page.getByTestId("reader-banner");
  await banner.waitFor();
  assert.match(await banner.innerText(), /crude_annual\.csv \(2 of 2 rows, crude_annual\)/);
  await page.locator('[data-testid="reader-kept"][data-kept="kept"]').waitFor();
  // Returning to the published data forgets it: a reload then shows no banner.
  await banner.getByRole("button", { name: "Return to the published data" }).click();
  // The stored copy is deleted asynchronously (reader-storage.ts does not wait for it before the
  // page changes): a reload in the same instant could still find it, so wait for the deletion.
  await page.waitForFunction(storedReaderGone);
  await page.reload({ waitUntil: "load" });
  await page.locator(".dashboard[data-hydrated]").waitFor({ state: "attached" });
  assert.equal(await page.getByTestId("reader-banner").count(), 0);
});

/**
 * 20,000 crude_annual rows, every one valid and with its own key: 6 series × 3 units × the 1,332
 * months from 1990-01 to 2100-12 (the periods the schema accepts), taken in order, values
 * 0.5 to 89.5 (within russia_share's 0–100). About 1.4 MB of CSV: the size the first version's
 * sessionStorage (about 5 MB, as a bundle) silently dropped on reload.
 */
function twentyThousandRows() {
  const lines = ["period,series,value,unit,basis,source_id,note"];
  const series = ["russia", "saudi_arabia", "china_total", "russia_share", "russia_pipeline"];
  for (const s of [...series, "russia_seaborne"])
    for (const unit of ["Mt", "mb/d", "%"])
      for (let year = 1990; year <= 2100; year++)
        for (let month = 1; month <= 12; month++) {
          if (lines.length > 20_000) break;
          const period = `${year}-${String(month).padStart(2, "0")}`;
          const value = ((lines.length - 1) % 90) + 0.5;
          lines.push(`${period},${s},${value},${unit},reported,asiafinancial-russia-crude-2023,`);
        }
  return `${lines.join("\n")}\n`;
}

test(
  "an applied upload of 20,000 rows is kept across a reload, all 20,000 of them",
  async ({ page, baseURL }) => {
    const input = await openPanel(page, baseURL);
    const text = twentyThousandRows();
    assert.equal(text.trim().split("\n").length, 20_001, "a header and 20,000 rows");
    await input.setInputFiles(asFile(Buffer.from(text), "crude_annual.csv"));
    const report = page.getByTestId("upload-report");
    await report.waitFor({ timeout: 30_000 });
    assert.equal(
      (await report.innerText()).replace(/\s+/g, " ").trim(),
      "20,000 rows read: 20,000 accepted, 0 rejected.",
    );
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
    );
    await page.getByTestId("upload-apply").click();
    await page.getByTestId("reader-banner").waitFor({ timeout: 30_000 });
    await page
      .locator('[data-testid="reader-kept"][data-kept="kept"]')
      .waitFor({ timeout: 30_000 });
    await page.reload({ waitUntil: "load" });
    const banner = page.getByTestId("reader-banner");
    await banner.waitFor({ timeout: 30_000 });
    assert.match(
      await banner.innerText(),
      /crude_annual\.csv \(20,000 of 20,000 rows, crude_annual\)/,
    );
    await page.locator('[data-testid="reader-kept"][data-kept="kept"]').waitFor();
    // Forget it, so no later test starts from this data.
    await banner.getByRole("button", { name: "Return to the published data" }).click();
    await banner.waitFor({ state: "detached" });
  },
  { context: { reducedMotion: "reduce" }, timeout: 120_000 },
);

await run();
