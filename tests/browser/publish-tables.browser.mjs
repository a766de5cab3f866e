// Tables readers can use: the periods × series grid as an alternative to the long table, sortable from the
// headers (aria-sort), sources as publisher links, and the download box's row counts.
import assert from "node:assert/strict";
import { baseURL, run, screenshot, test } from "./harness.mjs";
import { gotoDashboard, panel, showTable } from "./helpers.mjs";

test("oil's grid sorts by 'From Russia (mb/d)': descending puts 2024 (2.17) then 2023 (2.14) first", async ({
  page,
}) => {
  await gotoDashboard(page, baseURL);
  await showTable(page, "oil");
  await panel(page, "oil").getByRole("button", { name: "Years × series" }).click();
  const grid = panel(page, "oil").locator("table.grid-table");
  // Exactly this column: "From Russia, Jan–Oct (partial year) (mb/d)" is another.
  const header = grid.locator("thead th").filter({
    has: page.getByRole("button", { name: "From Russia (mb/d)", exact: true }),
  });
  assert.equal(await header.getAttribute("aria-sort"), "none");
  await header.getByRole("button").click();
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  // data/crude_annual.csv, russia in mb/d: smallest 0.665 (2014), then 1.05 (2016).
  const firstPeriods = () => grid.locator("tbody th[scope=row]").allTextContents();
  assert.deepEqual((await firstPeriods()).slice(0, 2), ["2014", "2016"]);
  await header.getByRole("button").click();
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  assert.deepEqual((await firstPeriods()).slice(0, 2), ["2024", "2023"]);
  await screenshot(page, "publish-tables-oil", { fullPage: false });
});

test("the long table names sources by publisher, linked to the page that states the number", async ({
  page,
}) => {
  await gotoDashboard(page, baseURL);
  await showTable(page, "oil");
  const row = panel(page, "oil").locator(
    'tbody tr[data-series="russia"][data-period="2023"][data-unit="mb/d"]',
  );
  // data/sources.csv, mees-russia-crude-2023: an http(s) page.
  const link = row.locator("td a");
  await link.waitFor();
  assert.match((await link.getAttribute("href")) ?? "", /^https?:\/\//);
});

test("'Download data' counts the displayed rows and lists the full datasets with theirs", async ({
  page,
}) => {
  await gotoDashboard(page, baseURL);
  const box = panel(page, "oil").locator("details.downloads");
  await box.locator("summary").click();
  const button = box.getByRole("button", { name: /Download displayed data \(\d+ rows\)/ });
  await button.waitFor();
  // crude_annual.csv has 50 records (counted with a CSV reader).
  await box.getByText("crude_annual.csv").waitFor();
  assert.match(await box.innerText(), /crude_annual\.csv \(54 rows, checked 2026-11-30\)/);
});

await run();
