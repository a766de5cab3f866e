// Round trips through the page itself: each CSV the project hands a reader — the dataset download
// (/data/crude_annual.csv), a panel's "Download CSV" (the displayed data) and the upload's
// "Download rejected rows (CSV)" — is downloaded, edited as a spreadsheet would (one value
// changed, bad cells fixed) and uploaded back. tests/intake/round-trip.test.ts checks the same
// writers and readers in lib; this file checks the buttons and the upload panel around them.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "./fixtures.mjs";
import { countRecords, gotoDashboard, panel, readDataFile } from "./helpers.mjs";

const S = "asiafinancial-russia-crude-2023";
const asFile = (text, name) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
const squash = (text) => text.replace(/\s+/g, " ").trim();

async function openPanel(page, baseURL) {
  await gotoDashboard(page, baseURL);
  const input = page.getByTestId("upload-input");
  await input.waitFor({ state: "attached" });
  return input;
}

/** Uploads `text` as `name`; when the name names no dataset, chooses crude_annual. */
async function upload(page, input, text, name) {
  await input.setInputFiles(asFile(text, name));
  if (!/^crude_annual\.csv$/.test(name)) {
    await page.locator("#upload select").last().selectOption("crude_annual");
  }
  const report = page.getByTestId("upload-report").last();
  await report.waitFor();
  return report;
}

/** The text of the "How your file was read" note with `code`, or "" when there is none. */
const noteText = async (page, code) => {
  const note = page.getByTestId("upload-read-as").last().locator(`li[data-code="${code}"]`);
  return (await note.count()) ? note.innerText() : "";
};

test.describe(() => {
  test.use({ reducedMotion: "reduce" });

  test("the dataset download /data/crude_annual.csv, one value edited, uploads back whole: every row accepted, one changed", async ({
    page,
    baseURL,
  }) => {
    const input = await openPanel(page, baseURL);
    const response = await page.request.get(`${baseURL}/data/crude_annual.csv`);
    const downloaded = await response.text();
    const edited = downloaded.replace(/^2023,russia,107\.02,Mt,/m, "2023,russia,110.5,Mt,");
    assert.notEqual(edited, downloaded, "the edit found its line");
    const records = countRecords(readDataFile("crude_annual.csv"));
    const report = await upload(page, input, edited, "crude_annual.csv");
    assert.equal(
      squash(await report.innerText()),
      `${records} rows read: ${records} accepted, 0 rejected.`,
    );
    const counts = squash(await page.getByTestId("diff-counts").innerText());
    assert.equal(
      counts,
      `crude_annual.csv: 0 added, 1 changed, 0 removed, ${records - 1} unchanged.`,
    );
  });

  test("the oil panel's displayed data, one value edited, uploads back: extra columns named as ignored, crude_monthly's row listed as rejected, one row changed, the derived row added", async ({
    page,
    baseURL,
  }) => {
    const input = await openPanel(page, baseURL);
    const oil = panel(page, "oil");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      oil.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const name = download.suggestedFilename();
    const downloaded = await readFile(await download.path(), "utf8");
    const edited = downloaded.replace(
      /^2023,russia,([^,\n]*),2\.14,mb\/d,/m,
      "2023,russia,$1,2.30,mb/d,",
    );
    assert.notEqual(edited, downloaded, "the edit found its line");
    // By hand from the panel's first view (Russia and Saudi Arabia in mb/d): 10 crude_annual
    // rows for Russia (2014, 2016–2024), 9 for Saudi Arabia (2014, 2016, 2018–2024), and the
    // January–October 2025 rate, series russia_ytd, which is crude_monthly's. The file has no
    // dataset column, so that one row is rejected as crude_annual's unknown series, and listed.
    assert.equal(countRecords(downloaded), 20);
    const report = await upload(page, input, edited, name);
    assert.equal(
      squash(await report.innerText()),
      "20 rows read: 19 accepted, 1 rejected (left out; listed below).",
    );
    const rejected = await page
      .getByTestId("rejected-table")
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.dataset.row, tr.dataset.code]));
    assert.deepEqual(rejected, [["12", "unknown_series"]]);
    const ignored = await noteText(page, "ignored_columns");
    assert.match(ignored, /"series_label"/);
    assert.match(ignored, /"origin"/);
    // Against the published data (extend mode): 2023 Russia changed; 2014 Saudi Arabia in mb/d is
    // added, since the panel derives it (49.67 Mt × 7.3 / 365 = 0.9934) and crude_annual.csv has
    // no such row; every other published row is unchanged.
    const published = countRecords(readDataFile("crude_annual.csv"));
    assert.equal(
      squash(await page.getByTestId("diff-counts").innerText()),
      `crude_annual.csv: 1 added, 1 changed, 0 removed, ${published - 1} unchanged.`,
    );
    const added = page.locator('[data-testid="diff-table"] tr[data-kind="added"] td');
    assert.deepEqual((await added.allInnerTexts()).slice(0, 3), ["2014", "saudi_arabia", "mb/d"]);
  });

  test("the rejected-rows download, its two bad cells fixed, uploads back: both rows accepted, row and reasons named as ignored", async ({
    page,
    baseURL,
  }) => {
    const input = await openPanel(page, baseURL);
    const bad = [
      "period,series,value,unit,basis,source_id,note",
      `2023,russia,"107,02",Mt,reported,${S},`,
      `2022,russia,86.25,tonnes,reported,${S},`,
      `2021,russia,79.64,Mt,reported,${S},`,
      "",
    ].join("\n");
    const first = await upload(page, input, bad, "crude_annual.csv");
    assert.equal(
      squash(await first.innerText()),
      "3 rows read: 1 accepted, 2 rejected (left out; listed below).",
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download rejected rows (CSV)" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "crude_annual-rejected.csv");
    const downloaded = await readFile(await download.path(), "utf8");
    // The reader fixes both cells in a spreadsheet and saves the file under the same name.
    const fixed = downloaded.replace('"107,02"', "107.02").replace(",tonnes,", ",Mt,");
    assert.notEqual(fixed, downloaded, "the fixes found their cells");
    await page.getByRole("button", { name: "Remove" }).first().click();
    const report = await upload(page, input, fixed, download.suggestedFilename());
    assert.equal(squash(await report.innerText()), "2 rows read: 2 accepted, 0 rejected.");
    assert.match(await noteText(page, "ignored_columns"), /"row" and "reasons"/);
  });
});
