// The dashboard at its default view: headline tiles and their provenance, the five panels
// (charts drawn, tables with values checked by hand, CSV and PNG downloads, "How is this
// computed?" against the metrics CLI), keyboard use and accessible names.
// Screenshots of / live in smoke.browser.mjs (home-1280.png, home-375.png), not here.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "./fixtures.mjs";
import {
  PANEL_IDS,
  assertClose,
  cliMetrics,
  colourPixels,
  findRow,
  firstLine,
  formatWithUnit,
  gotoDashboard,
  metricValues,
  openHow,
  panel,
  parseCsv,
  pngSize,
  showTable,
  tableRows,
} from "./helpers.mjs";

// The article's sentences, copied from data/sources.csv (rows article-oil and article-gas).
const ARTICLE_OIL =
  "Russia’s oil exports to China surged to a record 2.14 million barrels per day last year, with China saving approximately $4.34 billion by purchasing discounted Russian oil.";
const ARTICLE_GAS =
  "Additionally, Chinese gas imports from Russia rose nearly 40% last year to 33.7 billion cubic meters.";

const tile = (page, claim) => page.locator(`li[data-claim="${claim}"]`);

test("headline tiles show the article's four numbers", async ({ page, baseURL }) => {
  await gotoDashboard(page, baseURL);
  const expected = {
    crude_exports_russia_to_china: "2.14 mb/d",
    savings_discounted_russian_oil: "$4.34 bn",
    gas_imports_from_russia: "33.7 bcm",
    gas_imports_growth: "+~40%",
  };
  const claims = await page
    .locator("li[data-claim]")
    .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-claim")));
  assert.deepEqual(claims, Object.keys(expected), "the four tiles, in the article's order");
  for (const [claim, text] of Object.entries(expected)) {
    assert.equal((await tile(page, claim).locator(".tile-value").innerText()).trim(), text, claim);
  }
});

test("'Where is this from?' quotes the article's sentence; the savings tile warns about 2023-01/09", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const sentences = {
    crude_exports_russia_to_china: ARTICLE_OIL,
    savings_discounted_russian_oil: ARTICLE_OIL,
    gas_imports_from_russia: ARTICLE_GAS,
    gas_imports_growth: ARTICLE_GAS,
  };
  for (const [claim, sentence] of Object.entries(sentences)) {
    const details = tile(page, claim).locator("details");
    const quote = details.locator("blockquote").first();
    assert.equal(await quote.isVisible(), false, `${claim}: the quote is folded at first`);
    await details.getByText("Where is this from?", { exact: true }).click();
    await quote.waitFor({ state: "visible" });
    assert.equal((await quote.innerText()).trim(), sentence, `${claim}: the article's sentence`);
  }
  const savings = tile(page, "savings_discounted_russian_oil");
  // On the tile itself, a warn badge; in the details, the reason with the estimate's period.
  assert.equal(await savings.locator(".tile-check .status-warn").count(), 1, "a warn badge");
  const reasons = await savings
    .locator("details p")
    .filter({ has: page.locator(".status-warn") })
    .allInnerTexts();
  assert.equal(reasons.length, 1, "one warn check in the details");
  assert.match(reasons[0], /2023-01\/09/, "the warning names the estimate's period");
  assert.match(reasons[0], /^warn\b/i, "the badge says warn");
});

// Each panel's series colours (lib/chart/spec.ts PALETTE by the panel's colour index).
const SERIES_COLOURS = {
  oil: { "From Russia": "#0072B2", "From Saudi Arabia": "#E69F00" },
  gas: { "Power of Siberia pipeline": "#0072B2", LNG: "#E69F00" },
  savings: { Urals: "#D55E00", ESPO: "#0072B2" },
  europe: { "Pipeline gas to Europe": "#D55E00", "Power of Siberia": "#0072B2" },
  energy: { "Crude oil": "#0072B2", Gas: "#009E73" },
};

test("each panel's legend names its series in their colours, and a series can be hidden and shown again", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  for (const id of PANEL_IDS) {
    const legend = panel(page, id).locator(".series-legend button");
    const items = await legend.evaluateAll((buttons) =>
      buttons.map((b) => {
        const swatch = getComputedStyle(b.querySelector(".series-swatch")).backgroundColor;
        const rgb = swatch.match(/\d+/g).slice(0, 3).map(Number);
        const hex = `#${rgb.map((n) => n.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
        return [b.textContent.trim(), hex, b.getAttribute("aria-pressed")];
      }),
    );
    // The table above names each series by the start of its label.
    for (const [name, colour] of Object.entries(SERIES_COLOURS[id]))
      assert.ok(
        items.some(
          ([label, hex, pressed]) => label.startsWith(name) && hex === colour && pressed === "true",
        ),
        `${id}: legend has ${name} in ${colour}, shown: ${JSON.stringify(items)}`,
      );
    assert.equal(
      items.length,
      Object.keys(SERIES_COLOURS[id]).length,
      `${id}: one item per series`,
    );
  }

  // Hiding "From Saudi Arabia" removes its orange from the oil chart; showing it brings it back.
  const oil = panel(page, "oil");
  const canvas = oil.locator(".chart-box canvas");
  const saudi = oil.locator(".series-legend").getByRole("button", { name: "From Saudi Arabia" });
  assert.ok((await colourPixels(canvas, "#E69F00")) >= 100, "Saudi Arabia drawn at first");
  await saudi.click();
  assert.equal(await saudi.getAttribute("aria-pressed"), "false");
  // The chart redraws after React's render: poll its pixels for up to 5 s.
  const settle = async (test) => {
    for (let tries = 0; tries < 50 && !test(await colourPixels(canvas, "#E69F00")); tries++)
      await page.waitForTimeout(100);
    return colourPixels(canvas, "#E69F00");
  };
  assert.ok((await settle((n) => n < 20)) < 20, "Saudi Arabia hidden");
  assert.ok((await colourPixels(canvas, "#0072B2")) >= 100, "Russia still drawn");
  await saudi.press("Enter");
  assert.equal(await saudi.getAttribute("aria-pressed"), "true", "the keyboard shows it again");
  assert.ok((await settle((n) => n >= 100)) >= 100, "Saudi Arabia drawn again");
});

test("each panel draws its chart: a canvas with role img, a descriptive name and its series' pixels", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  for (const id of PANEL_IDS) {
    const section = panel(page, id);
    const title = (await section.locator("h2").innerText()).trim();
    const canvas = section.locator(".chart-box canvas");
    assert.equal(await canvas.count(), 1, `${id}: one canvas`);
    assert.equal(await canvas.getAttribute("role"), "img", `${id}: role img`);
    const name = (await canvas.getAttribute("aria-label")) ?? "";
    assert.ok(name.startsWith(`${title}, `), `${id}: the name starts with the title: ${name}`);
    assert.ok(name.length > title.length + 40, `${id}: the name describes the chart: ${name}`);
    assert.ok(await canvas.isVisible(), `${id}: the chart is visible`);
    // A panel far from the screen is not laid out (content-visibility: auto), so its chart is
    // drawn when the reader reaches it: reach it, and give the drawing a moment.
    await section.scrollIntoViewIfNeeded();
    for (const [series, colour] of Object.entries(SERIES_COLOURS[id])) {
      let pixels = 0;
      const least = id === "savings" && series === "ESPO" ? 20 : 100;
      for (let tries = 0; tries < 50; tries++) {
        pixels = await colourPixels(canvas, colour);
        if (pixels >= least) break;
        await page.waitForTimeout(100);
      }
      // ESPO's 2023 line is two stated points (March, November): its ranges are brackets drawn in
      // the annotation colour, so two markers' worth of pixels is what it has; lines have more.
      assert.ok(pixels >= least, `${id}: ${series} (${colour}) drawn: ${pixels} pixels`);
    }
  }
});

test("tables hold the figures checked by hand", async ({ page, baseURL }) => {
  await gotoDashboard(page, baseURL);
  for (const id of PANEL_IDS) await showTable(page, id);
  const rows = {};
  for (const id of PANEL_IDS) rows[id] = await tableRows(page, id);

  // Oil: the reported record, as published.
  const oil = findRow(rows.oil, "russia", "2023", "mb/d");
  assert.equal(oil.value, 2.14);
  assert.equal(oil.text, "2.14");
  assert.equal(oil.basis, "reported");
  // Saudi Arabia 2014 has tonnes only: 49.67 Mt × 7.3 bbl/t ÷ 365 = 0.9934 mb/d, derived.
  const saudi = findRow(rows.oil, "saudi_arabia", "2014", "mb/d");
  assertClose(saudi.value, 0.9934, 1e-9, "saudi_arabia 2014 mb/d");
  assert.equal(saudi.basis, "derived");
  assert.equal(saudi.text, "0.993");

  // Gas: Power of Siberia as reported; LNG 8 Mt × 1.36 bcm/Mt = 10.88 bcm, derived.
  const pipe = findRow(rows.gas, "power_of_siberia", "2023", "bcm");
  assert.equal(pipe.value, 22.73);
  assert.equal(pipe.basis, "reported");
  const lngMt = findRow(rows.gas, "lng", "2023", "Mt");
  assert.equal(lngMt.value, 8);
  const lng = findRow(rows.gas, "lng_bcm", "2023", "bcm");
  assertClose(lng.value, 8 * 1.36, 1e-9, "lng_bcm 2023");
  assert.equal(lng.text, "10.880");
  assert.equal(lng.basis, "derived");

  // Savings: the estimate for January–September; ESPO's −8.50 differential as an 8.5 discount.
  const estimate = findRow(rows.savings, "russian_crude_savings", "2023-01/09", "USD bn");
  assert.equal(estimate.value, 4.34);
  assert.equal(estimate.basis, "estimate");
  const espo = findRow(rows.savings, "espo_discount_to_ice_brent", "2023-03", "USD/bbl");
  assertClose(espo.value, 8.5, 1e-9, "ESPO discount 2023-03");
  assert.equal(espo.basis, "derived");

  // Europe: Reuters' pipeline series and Power of Siberia, side by side.
  assert.equal(findRow(rows.europe, "reuters_pipeline_europe", "2023", "bcm").value, 28.3);
  assert.equal(findRow(rows.europe, "power_of_siberia", "2023", "bcm").value, 22.73);

  // Energy: 107.02 Mt × 7.3 bbl/t × 0.136 toe/bbl (SPE) = 106.249456 Mtoe;
  // gas (22.73 + 8 × 1.36) bcm × 0.86 = 28.9046 Mtoe.
  const crude = findRow(rows.energy, "crude_mtoe", "2023", "Mtoe");
  assertClose(crude.value, 107.02 * 7.3 * 0.136, 1e-6, "crude_mtoe 2023");
  assert.equal(crude.text, "106.249");
  const gas = findRow(rows.energy, "gas_mtoe", "2023", "Mtoe");
  assertClose(gas.value, (22.73 + 8 * 1.36) * 0.86, 1e-6, "gas_mtoe 2023");
});

test("oil 'Download CSV' holds exactly the rows of the oil table", async ({ page, baseURL }) => {
  await gotoDashboard(page, baseURL);
  await showTable(page, "oil");
  const shown = await tableRows(page, "oil");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel(page, "oil").getByRole("button", { name: "Download CSV" }).click(),
  ]);
  // The view's latest row is January–October 2025 (ends 2025-10); datasets checked 2026-11-30.
  assert.equal(download.suggestedFilename(), "oil-annual_through-2025-10_checked-2026-11-30.csv");
  const text = await readFile(await download.path(), "utf8");
  assert.equal(
    firstLine(text),
    "period,series,series_label,value,unit,basis,source_id,note,source_publisher,source_url,source_quote,origin",
  );
  const { rows } = parseCsv(text, "oil-annual.csv");
  assert.ok(rows.length > 10, `the oil table has many rows (${rows.length})`);
  assert.equal(rows.length, shown.length, "as many CSV records as table rows");
  rows.forEach((r, i) => {
    const t = shown[i];
    const where = `record ${i + 1} (${t.series} ${t.period})`;
    assert.deepEqual([r[0], r[1], r[4], r[5]], [t.period, t.series, t.unit, t.basis], where);
    // Derived values are written with 4 decimals; reported ones exactly as published.
    assertClose(Number(r[3]), t.value, t.basis === "derived" ? 5e-5 : 0, `${where} value`);
  });
  const record = rows.find((r) => r[0] === "2023" && r[1] === "russia" && r[4] === "mb/d");
  assert.equal(record?.[3], "2.14");
  assert.equal(record?.[6], "mees-russia-crude-2023", "source_id of the 2023 record");
});

test("oil 'Download PNG' gives a PNG of the chart with a title and source around it", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const canvas = panel(page, "oil").locator(".chart-box canvas");
  assert.ok(await canvas.isVisible(), "the chart is shown");
  const size = await canvas.evaluate((c) => ({ width: c.width, height: c.height }));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel(page, "oil").getByRole("button", { name: "Download PNG" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "oil-annual.png");
  const png = pngSize(await readFile(await download.path()));
  // Publication size whatever the screen: 1200 × 800 CSS pixels at 2× (lib/publish, png.ts).
  assert.deepEqual({ width: png.width, height: png.height }, { width: 2400, height: 1600 });
  assert.ok(size.width > 0, "the chart on screen was drawn");
  // As a table there is no chart to save: the button says so by being disabled.
  await showTable(page, "oil");
  assert.ok(
    await panel(page, "oil").getByRole("button", { name: "Download PNG" }).isDisabled(),
    "Download PNG is disabled while the table is shown",
  );
});

test("'How is this computed?' explains every metric, with the values of `metrics --format json`", async ({
  page,
  baseURL,
}) => {
  const [metrics] = await Promise.all([cliMetrics(), gotoDashboard(page, baseURL)]);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const explained = [];
  for (const id of PANEL_IDS) {
    const details = await openHow(page, id);
    const shown = await metricValues(details);
    assert.ok(shown.size > 0, `${id}: at least one metric`);
    for (const [metricId, { value, text }] of shown) {
      const m = byId.get(metricId);
      assert.ok(m, `${id}: ${metricId} is a metric of the CLI`);
      if (m.value === null) assert.equal(value, null, metricId);
      else assertClose(value, m.value, 1e-6, `${id}: ${metricId}`);
      assert.equal(text, formatWithUnit(m.value, m.unit), `${metricId} as shown`);
      assert.ok(await details.locator(`li[data-metric="${metricId}"]`).isVisible(), metricId);
      explained.push(metricId);
    }
  }
  // Every metric is explained in some panel, once: the tiles' metrics included.
  assert.deepEqual(
    explained.sort(),
    metrics.map((m) => m.id).sort(),
    "the panels' metrics = the CLI's metrics",
  );
});

test("keyboard: Tab reaches the oil 'Table' button; Enter shows the table, Space on 'Chart' the chart", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const oil = panel(page, "oil");
  const table = oil.getByRole("button", { name: "Table", exact: true });
  const chart = oil.getByRole("button", { name: "Chart", exact: true });
  assert.equal(await table.getAttribute("aria-pressed"), "false");
  let presses = 0;
  while (!(await table.evaluate((el) => el === document.activeElement))) {
    assert.ok(++presses <= 80, "Tab never reached the oil panel's Table button");
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await oil.locator("table").waitFor();
  assert.equal(await table.getAttribute("aria-pressed"), "true", "Enter pressed Table");
  assert.equal(await chart.getAttribute("aria-pressed"), "false");
  assert.ok(await table.evaluate((el) => el === document.activeElement), "focus stays");
  await page.keyboard.press("Shift+Tab");
  assert.ok(await chart.evaluate((el) => el === document.activeElement), "Shift+Tab → Chart");
  await page.keyboard.press("Space");
  await oil.locator("table").waitFor({ state: "detached" });
  assert.equal(await chart.getAttribute("aria-pressed"), "true", "Space pressed Chart");
  assert.equal(await table.getAttribute("aria-pressed"), "false");
  assert.ok(await oil.locator(".chart-box canvas").isVisible(), "the chart is back");
});

test("every button, summary and form control has an accessible name", async ({ page, baseURL }) => {
  await gotoDashboard(page, baseURL);
  const nameless = await page.evaluate(() => {
    const text = (el) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const nameOf = (el) => {
      const labelledBy = el.getAttribute("aria-labelledby");
      if (labelledBy)
        return labelledBy
          .split(/\s+/)
          .map((id) => text(document.getElementById(id)))
          .join(" ")
          .trim();
      if (el.getAttribute("aria-label")?.trim()) return el.getAttribute("aria-label").trim();
      if (el.matches("input, select, textarea"))
        return [...(el.labels ?? [])].map(text).join(" ").trim() || el.title;
      return text(el) || el.title;
    };
    const controls = document.querySelectorAll("button, summary, input, select, textarea");
    return [...controls]
      .filter((el) => !el.matches('input[type="hidden"]') && nameOf(el) === "")
      .map((el) => el.outerHTML.slice(0, 120));
  });
  assert.deepEqual(nameless, [], "controls without an accessible name");
  // The same through the accessibility tree: no unnamed button.
  const snapshot = await page.locator("body").ariaSnapshot();
  // A named button reads `- button "Name"` (or `- 'button "Name: …"'`); an unnamed one `- button`.
  const unnamed = snapshot.split("\n").filter((line) => /^\s*- button\s*($|\[|:)/.test(line));
  assert.deepEqual(unnamed, [], "unnamed buttons in the accessibility tree");
});

test.describe(() => {
  // The aborted fetch of /data/bundle.json is logged by the browser as an error: expected here.
  test.use({ allowErrors: true });
  test("controls never show a view the charts do not: a change whose code cannot load is not shown as applied", async ({
    page,
    baseURL,
  }) => {
    // Not gotoDashboard: scrolling to the upload would fetch the published data before the
    // route below refuses it.
    page.setDefaultTimeout(10_000);
    await page.goto(`${baseURL}/`, { waitUntil: "load" });
    await page
      .locator('.dashboard[data-hydrated][data-state="ready"]')
      .waitFor({ state: "attached" });
    let offline = true;
    await page.route("**/data/bundle.json", (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    const barrels = page.getByRole("radio", { name: "million barrels a day", exact: true });
    const tonnes = page.getByRole("radio", { name: "million tonnes a year", exact: true });
    await tonnes.click();
    await page.getByRole("alert").filter({ hasText: "could not be computed" }).waitFor();
    assert.equal(await tonnes.isChecked(), false, "the unit the charts do not show is not chosen");
    assert.equal(await barrels.isChecked(), true, "the unit the charts show is");
    offline = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await page.locator('.dashboard[data-state="ready"]').waitFor({ state: "attached" });
    assert.equal(await tonnes.isChecked(), true, "'Try again' applies the reader's choice");
    await showTable(page, "oil");
    assert.equal(findRow(await tableRows(page, "oil"), "russia", "2023", "Mt").value, 107.02);
  });
});
