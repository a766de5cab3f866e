// Routes: the three pages at desktop and phone widths, the favicon, every /data/<file>.csv (status,
// headers, exact header line, the same records as data/), an unknown file's 404, the methodology
// page against the metrics CLI and checks.csv, and the far cards and entries of /methodology and
// /data in the accessibility tree before they are laid out.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import {
  DATASET_FILES,
  SUPPORT_FILES,
  TIDY_HEADER,
  assertClose,
  cliMetrics,
  firstLine,
  formatWithUnit,
  gotoDashboard,
  parseCsv,
  readDataFile,
} from "./helpers.mjs";

const viewports = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

for (const viewport of viewports) {
  test.describe(() => {
    test.use({ viewport });
    for (const path of ["/", "/methodology", "/data"]) {
      test(`${path} at ${viewport.width} px: HTTP 200, an <h1>, no console errors, no horizontal scroll`, async ({
        page,
        baseURL,
      }) => {
        if (path === "/") {
          // Waits for the client-only charts: errors from hydration and Chart.js come by then.
          await gotoDashboard(page, baseURL);
        } else {
          const response = await page.goto(`${baseURL}${path}`, { waitUntil: "load" });
          assert.equal(response?.status(), 200, `GET ${path}`);
        }
        assert.equal(await page.locator("h1").count(), 1, `one <h1> on ${path}`);
        // Let late layout (fonts, charts resizing to their box) settle before measuring.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
        );
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(
          scrollWidth <= viewport.width,
          `${path} at ${viewport.width} px scrolls sideways: scrollWidth ${scrollWidth}`,
        );
      });
    }
  });
}

test("/favicon.ico answers 200 with an image", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/favicon.ico`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^image\//);
  assert.ok((await response.arrayBuffer()).byteLength > 0, "favicon is not empty");
});

/** GET /data/<file>: status, content type, download name; returns the body. */
async function getCsv(baseURL, file) {
  const response = await fetch(`${baseURL}/data/${file}`);
  assert.equal(response.status, 200, `GET /data/${file}`);
  assert.equal(response.headers.get("content-type"), "text/csv; charset=utf-8", "content-type");
  const disposition = response.headers.get("content-disposition") ?? "";
  const base = file.replace(/\.csv$/, "");
  // A dataset is saved with its vintage (last month covered, date checked); other files as named.
  const name = DATASET_FILES.includes(base)
    ? `${base}_through-\\d{4}-\\d{2}_checked-2026-11-30\\.csv`
    : file.replace(/[.]/g, "\\.");
  assert.match(
    disposition,
    new RegExp(`^attachment; *filename="?${name}"?$`),
    `content-disposition of ${file}`,
  );
  return response.text();
}

// Datasets and support files are served from data/: the same records, field by field.
for (const name of [...DATASET_FILES, ...SUPPORT_FILES]) {
  test(`/data/${name}.csv: text/csv, attachment ${name}.csv, same header and records as data/`, async ({
    baseURL,
  }) => {
    const file = `${name}.csv`;
    const served = await getCsv(baseURL, file);
    const disk = readDataFile(file);
    const expectedHeader = {
      sources: "id,publisher,via,title,date,url,quote",
      factors: "id,value,low,high,unit,source_id,note",
      events: "date,label,detail,source_id,topics",
      capacities: "route,valid_from,value,unit,status,basis,source_id,note",
      ledger: "quantity,period,value,unit,source_id,note",
    }[name];
    assert.equal(firstLine(served), expectedHeader ?? TIDY_HEADER, `header line of ${file}`);
    const a = parseCsv(served, `served ${file}`);
    const b = parseCsv(disk, `data/${file}`);
    assert.ok(b.rows.length > 0, `data/${file} has records`);
    assert.equal(a.rows.length, b.rows.length, `records in ${file}`);
    a.rows.forEach((row, i) => {
      if (name === "factors") {
        // Numbers may be re-written (1.360 → 1.36): compare value, low and high as numbers.
        const numeric = (r) => r.map((cell, j) => (j >= 1 && j <= 3 ? Number(cell) : cell));
        assert.deepEqual(numeric(row), numeric(b.rows[i]), `${file} record ${i + 1}`);
      } else {
        assert.deepEqual(row, b.rows[i], `${file} record ${i + 1}`);
      }
    });
  });
}

test("/data/metrics.csv: the metrics CLI's ids and values, with the documented header", async ({
  baseURL,
}) => {
  const served = await getCsv(baseURL, "metrics.csv");
  assert.equal(
    firstLine(served),
    "id,label,unit,value,low,high,range_from,flags,basis,formula,inputs,source_ids,note",
  );
  const { rows } = parseCsv(served, "metrics.csv");
  const metrics = await cliMetrics();
  assert.ok(metrics.length > 0, "the CLI lists metrics");
  assert.deepEqual(
    rows.map((r) => r[0]),
    metrics.map((m) => m.id),
    "metrics.csv ids, in order",
  );
  rows.forEach((r, i) => {
    const m = metrics[i];
    assert.equal(r[2], m.unit, `${m.id} unit`);
    assert.equal(r[3] === "" ? null : Number(r[3]), m.value, `${m.id} value`);
    assert.equal(r[8], "derived", `${m.id} basis`);
  });
});

test("/data/checks.csv: header, a status per check, the savings period warns", async ({
  baseURL,
}) => {
  const served = await getCsv(baseURL, "checks.csv");
  assert.equal(firstLine(served), "id,label,status,reason,rule,claim");
  const { rows } = parseCsv(served, "checks.csv");
  assert.ok(rows.length >= 4, `expected several checks, got ${rows.length}`);
  for (const r of rows)
    assert.ok(["pass", "warn", "fail", "insufficient"].includes(r[2]), `status of ${r[0]}`);
  const savings = rows.find((r) => r[0] === "savings_period");
  assert.ok(savings, "a savings_period check");
  assert.equal(savings[2], "warn");
  assert.match(savings[3], /2023-01\/09/);
});

test("/data/bundle.json: the published data as JSON, every source and every crude_annual row", async ({
  baseURL,
}) => {
  const response = await fetch(`${baseURL}/data/bundle.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
  const bundle = await response.json();
  const sources = parseCsv(readDataFile("sources.csv"), "data/sources.csv").rows;
  assert.equal(bundle.sources.length, sources.length, "one source per row of sources.csv");
  const crude = parseCsv(readDataFile("crude_annual.csv"), "data/crude_annual.csv").rows;
  assert.equal(bundle.datasets.crude_annual.length, crude.length, "every crude_annual row");
  const russia2023 = bundle.datasets.crude_annual.find(
    (o) => o.series === "russia" && o.period.label === "2023" && o.unit === "Mt",
  );
  assert.equal(russia2023?.value, 107.02);
  assert.deepEqual(
    bundle.reports.map((r) => r.rejected).filter((n) => n > 0),
    [],
    "no rejects",
  );
});

test("/data/nope.csv answers 404", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/data/nope.csv`);
  assert.equal(response.status, 404);
});

test("/data links every served CSV and states each dataset's record count", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${baseURL}/data`, { waitUntil: "load" });
  const hrefs = await page
    .locator('a[href^="/data/"][href$=".csv"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const files = [...DATASET_FILES, ...SUPPORT_FILES, "metrics", "checks"];
  for (const name of files) {
    assert.ok(hrefs.includes(`/data/${name}.csv`), `/data links /data/${name}.csv`);
  }
  for (const name of DATASET_FILES) {
    const records = parseCsv(readDataFile(`${name}.csv`)).rows.length;
    // The paragraph of the download link: "Download article.csv · 4 rows · saved as
    // article_through-2023-12_checked-2026-11-30.csv" (the name carries the vintage).
    // On screen, as a reader sees it: innerText is empty in an entry the browser has not laid out
    // yet (far from the screen: content-visibility).
    const paragraph = page
      .locator(`#dataset-${name} a[href="/data/${name}.csv"]`)
      .locator("xpath=..");
    await paragraph.scrollIntoViewIfNeeded();
    const text = await paragraph.innerText();
    assert.match(
      text,
      new RegExp(
        `· ${records} ${records === 1 ? "row" : "rows"} · saved as ${name}_through-\\d{4}-\\d{2}_checked-2026-11-30\\.csv$`,
      ),
      `#dataset-${name} should say ${records} rows`,
    );
  }
});

test("'Cite this' gives the address the reader has open: the dashboard at <origin>/, a dataset at <origin>/data/<file>", async ({
  page,
  baseURL,
}) => {
  // The text is written on the server, which does not know the host (no SITE_URL here); the
  // browser puts its own address in it after hydration.
  await page.goto(`${baseURL}/data`, { waitUntil: "load" });
  const text = (id) => page.locator(`#${id}`).evaluate((el) => el.textContent);
  await page.waitForFunction(
    (end) => document.querySelector("#cite-site-apa")?.textContent.endsWith(end),
    ` ${baseURL}/`,
  );
  const bibtex = await text("cite-site-bibtex");
  assert.ok(bibtex.includes(`  url = {${baseURL}/},\n`), bibtex);
  assert.ok(bibtex.includes(`  howpublished = {\\url{${baseURL}/}},\n`), bibtex);
  assert.ok(
    (await text("cite-crude_annual-apa")).endsWith(` ${baseURL}/data/crude_annual.csv`),
    await text("cite-crude_annual-apa"),
  );
  assert.ok(
    (await text("cite-crude_annual-bibtex")).includes(
      `  url = {${baseURL}/data/crude_annual.csv},`,
    ),
  );
});

test("/methodology: every metric of the CLI with its value (data-value and as formatted); every check of checks.csv", async ({
  page,
  baseURL,
}) => {
  const [metrics, checksText] = await Promise.all([
    cliMetrics(),
    fetch(`${baseURL}/data/checks.csv`).then((r) => r.text()),
  ]);
  await page.goto(`${baseURL}/methodology`, { waitUntil: "load" });
  // The published metrics: `li#metric-<id>` (a reader's own data would come as #reader-metric-<id>).
  const anchors = await page
    .locator('li[id^="metric-"]')
    .evaluateAll((lis) => lis.map((li) => li.id.slice("metric-".length)));
  assert.deepEqual(
    anchors.sort(),
    metrics.map((m) => m.id).sort(),
    "#metric-<id> anchors = the CLI's metric ids",
  );
  for (const m of metrics) {
    const value = page.locator(`li#metric-${m.id} .metric-value`);
    // On screen, as a reader reads it: innerText is empty in a card the browser has not laid out
    // yet (far from the screen: content-visibility).
    await value.scrollIntoViewIfNeeded();
    const raw = await value.getAttribute("data-value");
    if (m.value === null) assert.equal(raw, "", `${m.id}: no value`);
    else assertClose(Number(raw), m.value, 1e-6, `${m.id}: data-value`);
    assert.equal((await value.innerText()).trim(), formatWithUnit(m.value, m.unit), m.id);
  }
  const checkIds = parseCsv(checksText).rows.map((r) => r[0]);
  const checkAnchors = await page
    .locator('li[id^="check-"]')
    .evaluateAll((lis) => lis.map((li) => li.id.slice("check-".length)));
  assert.deepEqual(checkAnchors.sort(), checkIds.sort(), "#check-<id> anchors = checks.csv ids");
});

// The methodology page's cards and the catalog's entries far from the screen are not laid out
// until the reader nears them (content-visibility: auto). A screen reader must still find them:
// headings the page was never scrolled to, read from Chromium's own accessibility tree. Chromium
// builds that tree in full for skipped content only when an assistive technology has turned
// accessibility on from the start, as a screen reader does (--force-renderer-accessibility);
// switched on later by DevTools alone, it leaves such content out ("notRendered").
const withScreenReader = test.extend({
  launchOptions: [
    async ({ launchOptions }, provide) =>
      provide({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), "--force-renderer-accessibility"],
      }),
    { scope: "worker" },
  ],
});

withScreenReader.describe(() => {
  withScreenReader.use({ viewport: { width: 375, height: 812 } });
  for (const [path, farHeadings] of [
    ["/methodology", "main li[id^='metric-'] h3, main li[id^='check-'] h3, #method-answers"],
    ["/data", "main section[id^='dataset-'] h3, main section[id^='file-'] h3, #cli, #reuse"],
  ]) {
    withScreenReader(
      `${path}: headings far from the screen, never scrolled to, are in the accessibility tree`,
      async ({ page, baseURL }) => {
        await page.goto(`${baseURL}${path}`, { waitUntil: "load" });
        const screen = await page.evaluate(() => window.innerHeight);
        const far = await page
          .locator(farHeadings)
          .evaluateAll(
            (hs, below) =>
              hs
                .filter((h) => h.getBoundingClientRect().top > 2 * below)
                .map((h) => h.textContent.replace(/\s+/g, " ").trim()),
            screen,
          );
        assert.ok(far.length >= 5, `${path}: headings two screens down, found ${far.length}`);
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = await cdp.send("Accessibility.getFullAXTree");
        const headings = new Set(
          nodes
            .filter((n) => n.role?.value === "heading" && !n.ignored)
            .map((n) =>
              String(n.name?.value ?? "")
                .replace(/\s+/g, " ")
                .trim(),
            ),
        );
        assert.deepEqual(
          far.filter((name) => !headings.has(name)),
          [],
          `${path}: far headings missing from the accessibility tree`,
        );
      },
    );
  }
});
