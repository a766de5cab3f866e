// The view in the URL (lib/view/state.ts): units, scenario, value mode, years, panel views and
// tables. Each control changes what is shown and the URL; each URL reopens the same view; a
// broken URL opens the default view. Expected figures are computed here by hand.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import {
  assertClose,
  chartData,
  findRow,
  gotoDashboard,
  metricValues,
  openHow,
  panel,
  setRange,
  showTable,
  tableRows,
  waitForQuery,
  watchErrors,
} from "./helpers.mjs";

const bblSlider = (page) => page.locator("#scenario-crudeBblPerTonne");
const oilTileRange = (page) =>
  page.locator('li[data-claim="crude_exports_russia_to_china"] .tile-range');
const oilMetrics = async (page) => metricValues(await openHow(page, "oil"));

/** Waits until a table row exists (the view has been recomputed), then returns all rows. */
async function rowsOnceShown(page, id, series, period, unit) {
  await panel(page, id)
    .locator(`tr[data-series="${series}"][data-period="${period}"][data-unit="${unit}"]`)
    .waitFor();
  return tableRows(page, id);
}

test("oil in million tonnes: Russia 2023 is 107.02 Mt (reported) and the URL gains oil=Mt", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  await showTable(page, "oil");
  await page.getByRole("radio", { name: "million tonnes a year", exact: true }).check();
  const rows = await rowsOnceShown(page, "oil", "russia", "2023", "Mt");
  const r2023 = findRow(rows, "russia", "2023", "Mt");
  assert.equal(r2023.value, 107.02);
  assert.equal(r2023.text, "107.02");
  assert.equal(r2023.basis, "reported");
  // 2016 has only 1.05 mb/d: 1.05 × 365 ÷ 7.3 = 52.5 Mt, derived.
  const r2016 = findRow(rows, "russia", "2016", "Mt");
  assertClose(r2016.value, (1.05 * 365) / 7.3, 1e-9, "russia 2016 in Mt");
  assert.equal(r2016.basis, "derived");
  assert.deepEqual([...new Set(rows.map((r) => r.unit))], ["Mt"], "every oil row in Mt");
  await waitForQuery(page, (q) => q.get("oil") === "Mt", "oil=Mt");
});

test("barrels per tonne at 7.45 recomputes the oil tile and metrics, and its URL reopens the same view", async ({
  page,
  baseURL,
  context,
}) => {
  await gotoDashboard(page, baseURL);
  // Defaults: 107.02 Mt × 7.3 ÷ 365 = 2.1404; range 7.22 → 2.1169, 7.45 → 2.1844 mb/d.
  assert.equal(
    (await oilTileRange(page).innerText()).trim(),
    "Customs tonnes give 2.14 mb/d (2.12 mb/d to 2.18 mb/d with the crude factor's range)",
  );
  assertClose(
    (await oilMetrics(page)).get("crude_tonnes_from_mbd")?.value,
    (2.14 * 365) / 7.3,
    1e-6,
    "crude_tonnes_from_mbd at 7.3",
  );
  await page.getByRole("radio", { name: "million tonnes a year", exact: true }).check();
  await setRange(bblSlider(page), 7.45);
  await waitForQuery(page, (q) => q.get("bbl") === "7.45" && q.get("oil") === "Mt", "bbl=7.45");

  // The state a link must carry: checked in this page, then in a fresh page at the same URL.
  const expectState = async (p, where) => {
    assert.ok(
      await p.getByRole("radio", { name: "million tonnes a year", exact: true }).isChecked(),
      `${where}: Mt checked`,
    );
    assert.equal(await bblSlider(p).inputValue(), "7.45", `${where}: slider value`);
    assert.match(
      await p.locator('label[for="scenario-crudeBblPerTonne"]').innerText(),
      /7\.45 bbl\/t/,
      `${where}: the slider says its value`,
    );
    // 107.02 × 7.45 ÷ 365 = 2.18438 mb/d; the range runs from the factor's low end, 7.22.
    await p
      .getByText(
        "Customs tonnes give 2.18 mb/d (2.12 mb/d to 2.18 mb/d with the crude factor's range)",
      )
      .waitFor();
    // 2.14 mb/d × 365 ÷ 7.45 = 104.8456 Mt.
    assertClose(
      (await oilMetrics(p)).get("crude_tonnes_from_mbd")?.value,
      (2.14 * 365) / 7.45,
      1e-6,
      `${where}: crude_tonnes_from_mbd at 7.45`,
    );
    // The table follows the scenario too: 1.05 mb/d × 365 ÷ 7.45 = 51.443 Mt for 2016.
    await showTable(p, "oil");
    const rows = await rowsOnceShown(p, "oil", "russia", "2016", "Mt");
    assertClose(findRow(rows, "russia", "2016", "Mt").value, (1.05 * 365) / 7.45, 1e-9, where);
  };
  await expectState(page, "after the change");

  const url = page.url();
  const second = await context.newPage();
  const errors = watchErrors(second);
  await gotoDashboard(second, baseURL, new URL(url).search);
  await expectState(second, "reopened from the URL");
  assert.deepEqual(errors, [], "the reopened page logs no errors");
});

test("barrels per tonne at 7.45: the oil panel explains the tile's crude_mbd_from_tonnes (107.02 × 7.45 ÷ 365)", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?bbl=7.45");
  await oilTileRange(page).getByText("Customs tonnes give 2.18 mb/d").waitFor();
  const metric = (await oilMetrics(page)).get("crude_mbd_from_tonnes");
  assert.ok(
    metric,
    "the oil panel's 'How is this computed?' should list crude_mbd_from_tonnes, the metric behind the oil tile's 'Customs tonnes give …'",
  );
  assertClose(metric.value, (107.02 * 7.45) / 365, 1e-6, "crude_mbd_from_tonnes at 7.45");
});

test("?mode=change: the oil table and chart show the change on the previous year", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?mode=change");
  assert.ok(
    await page.getByRole("radio", { name: "change on the previous year", exact: true }).isChecked(),
    "mode radio",
  );
  await showTable(page, "oil");
  const rows = await rowsOnceShown(page, "oil", "russia_change", "2023", "%");
  // (2.14 ÷ 1.72 − 1) × 100 = 24.4186%; Saudi Arabia (1.72 ÷ 1.75 − 1) × 100 = −1.7143%.
  const russia = findRow(rows, "russia_change", "2023", "%");
  assertClose(russia.value, (2.14 / 1.72 - 1) * 100, 1e-6, "russia_change 2023");
  assert.equal(russia.basis, "derived");
  const saudi = findRow(rows, "saudi_arabia_change", "2023", "%");
  assertClose(saudi.value, (1.72 / 1.75 - 1) * 100, 1e-6, "saudi_arabia_change 2023");
  // 2015 has no Russian figure: no change for 2015 nor for 2016.
  assert.ok(!rows.some((r) => r.series === "russia_change" && /^201[56]$/.test(r.period)));
  await panel(page, "oil").getByRole("button", { name: "Chart", exact: true }).click();
  const chart = await chartData(panel(page, "oil").locator(".chart-box canvas"));
  assert.ok(chart, "the oil chart's data is readable");
  const point = chart.datasets[0].data.find((p) => p.x === "2023");
  assertClose(point?.y, (2.14 / 1.72 - 1) * 100, 1e-6, "the chart's 2023 bar");
});

test("?from=2019&to=2023: the oil chart's years and table rows are 2019–2023", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?from=2019&to=2023");
  const canvas = panel(page, "oil").locator(".chart-box canvas");
  const chart = await chartData(canvas);
  assert.ok(chart, "the oil chart's data is readable");
  assert.deepEqual(chart.labels, ["2019", "2020", "2021", "2022", "2023"], "chart labels");
  await showTable(page, "oil");
  const rows = await tableRows(page, "oil");
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  assert.deepEqual(periods, ["2019", "2020", "2021", "2022", "2023"], "table periods");
  assert.equal(findRow(rows, "russia", "2019", "mb/d").value, 1.55);
  const selects = page.locator("fieldset.choice select");
  assert.deepEqual(
    [await selects.nth(0).inputValue(), await selects.nth(1).inputValue()],
    ["2019", "2023"],
    "the From and to selects",
  );
});

test("?from=2019&to=2023: the oil chart's accessible name describes 2019–2023, not 2014–2024", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?from=2019&to=2023");
  const name = await panel(page, "oil").locator(".chart-box canvas").getAttribute("aria-label");
  assert.match(name ?? "", /2019–2023/, `the name should give the years shown: ${name}`);
  assert.doesNotMatch(name ?? "", /2014/, `the name mentions a year not shown: ${name}`);
});

test("?views=oil:monthly&tables=oil opens the oil panel's monthly table", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?views=oil:monthly&tables=oil");
  const oil = panel(page, "oil");
  const rows = await rowsOnceShown(page, "oil", "russia", "2023-03", "mb/d");
  assert.equal(
    await oil.getByRole("button", { name: "By month, 2023" }).getAttribute("aria-pressed"),
    "true",
  );
  assert.equal(
    await oil.getByRole("button", { name: "Table", exact: true }).getAttribute("aria-pressed"),
    "true",
  );
  assert.equal(await oil.locator(".chart-box").isVisible(), false, "the chart is hidden");
  const march = findRow(rows, "russia", "2023-03", "mb/d");
  assert.equal(march.value, 2.26);
  assert.equal(march.text, "2.26");
  assert.equal(march.basis, "reported");
  // May has tonnes only: 9.71 Mt × 7.3 bbl/t ÷ 31 days = 2.2865 mb/d.
  assertClose(findRow(rows, "russia", "2023-05", "mb/d").value, (9.71 * 7.3) / 31, 1e-9, "May");
  assert.ok(
    rows.every((r) => r.period.startsWith("2023-")),
    "only 2023's months",
  );
});

test("clicking a view and 'Table' writes views, tables and panel to the URL; 'Chart' removes tables", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const oil = panel(page, "oil");
  await oil.getByRole("button", { name: "By month, 2023" }).click();
  await oil.getByRole("button", { name: "Table", exact: true }).click();
  await waitForQuery(
    page,
    (q) =>
      q.get("views") === "oil:monthly" && q.get("tables") === "oil" && q.get("panel") === "oil",
    "views=oil:monthly, tables=oil, panel=oil",
  );
  await oil.getByRole("button", { name: "Chart", exact: true }).click();
  await waitForQuery(
    page,
    (q) => !q.has("tables") && q.get("views") === "oil:monthly",
    "no tables",
  );
});

test("a garbage query (?oil=xx&bbl=abc&from=3000) opens the default view", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?oil=xx&bbl=abc&from=3000");
  assert.ok(
    await page.getByRole("radio", { name: "million barrels a day", exact: true }).isChecked(),
    "oil in mb/d",
  );
  assert.equal(await bblSlider(page).inputValue(), "7.3", "the published 7.3 bbl/t");
  assert.match(
    await page.locator('label[for="scenario-crudeBblPerTonne"]').innerText(),
    /published value/,
  );
  assert.equal(await page.locator("fieldset.choice select").first().inputValue(), "");
  assert.equal(
    (await oilTileRange(page).innerText()).trim(),
    "Customs tonnes give 2.14 mb/d (2.12 mb/d to 2.18 mb/d with the crude factor's range)",
  );
  await showTable(page, "oil");
  const rows = await tableRows(page, "oil");
  assert.equal(findRow(rows, "russia", "2023", "mb/d").value, 2.14);
  const periods = rows.map((r) => r.period);
  assert.ok(periods.includes("2014") && periods.includes("2024"), "every year, 2014–2024");
});

test("the Share dialog shows the current URL and says uploaded data is not in the link", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  await page.getByRole("radio", { name: "million tonnes a year", exact: true }).check();
  await waitForQuery(page, (q) => q.get("oil") === "Mt", "oil=Mt");
  const dialog = page.locator("dialog.share-dialog");
  assert.equal(await dialog.isVisible(), false, "closed at first");
  await page.getByRole("button", { name: "Share this view" }).click();
  await dialog.waitFor({ state: "visible" });
  const link = await dialog.locator("#share-url").inputValue();
  assert.equal(link, page.url(), "the link is the current URL");
  assert.equal(new URL(link).searchParams.get("oil"), "Mt");
  assert.match(await dialog.innerText(), /Data you uploaded is not in the link/);
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "hidden" });
});
