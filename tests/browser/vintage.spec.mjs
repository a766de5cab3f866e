// Downloads carry their vintage (issue 11): the saved file's name says the last month it covers
// and the day its figures were checked, on /data and in a panel's "Download data".
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { gotoDashboard, panel } from "./helpers.mjs";

test("/data: crude_annual.csv is saved with its coverage end and checked date", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${baseURL}/data`);
  const link = page.locator("#dataset-crude_annual a[href='/data/crude_annual.csv']");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  // crude_annual's latest period is the year 2025 (ends 2025-12); datasets.ts: checked 2026-11-30.
  assert.equal(download.suggestedFilename(), "crude_annual_through-2025-12_checked-2026-11-30.csv");
  const text = await (await download.createReadStream()).toArray();
  assert.match(
    Buffer.concat(text).toString("utf8"),
    /^period,series,value,unit,basis,source_id,note/,
  );
});

test("savings panel: displayed data and full dataset are saved with their vintage", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const savings = panel(page, "savings");
  await savings.locator("details.downloads summary").click();
  // The full-dataset link appears once the rows are counted.
  const full = savings.locator("details.downloads a[href='/data/savings.csv']");
  await full.waitFor();
  // savings' latest period ends December 2025 (Rosneft's 2022/2025 claim).
  assert.equal(
    await full.getAttribute("download"),
    "savings_through-2025-12_checked-2026-11-30.csv",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    savings.getByRole("button", { name: /Download displayed data/ }).click(),
  ]);
  assert.match(
    download.suggestedFilename(),
    /^savings[\w-]*_through-\d{4}-\d{2}_checked-2026-11-30\.csv$/,
  );
});
