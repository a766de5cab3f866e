// Shared helpers for the browser tests: the metrics CLI, CSV parsing, the dashboard's DOM
// contract (panels, tables, metric lists) and a few page utilities. No expected values live
// here: each test states its own, computed by hand.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const PANEL_IDS = ["oil", "gas", "savings", "europe", "energy"];

/** The files of data/ that are served under /data/ as they are (datasets first). */
export const DATASET_FILES = [
  "article",
  "crude_annual",
  "crude_monthly",
  "gas_china",
  "gas_europe",
  "savings",
  "prices",
];
export const SUPPORT_FILES = ["sources", "factors", "events", "capacities", "ledger"];

export const TIDY_HEADER = "period,series,value,unit,basis,source_id,note";

/** Reads a file of data/ (the published data the build serves). */
export function readDataFile(name) {
  return readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
}

/** CSV text → { fields, rows } (rows as arrays of strings); fails on any parse error. */
export function parseCsv(text, what = "CSV") {
  const result = Papa.parse(text, { skipEmptyLines: true });
  assert.deepEqual(result.errors, [], `${what} should parse without errors`);
  const [fields = [], ...rows] = result.data;
  return { fields, rows };
}

/** The first line of a text, without its line ending. */
export const firstLine = (text) => text.split(/\r?\n/, 1)[0];
/** Records in a CSV text, as a CSV reader counts them (a quoted line break stays in its record). */
export const countRecords = (text, what) => parseCsv(text, what).rows.length;

let metricsPromise;
/** `npm run --silent metrics -- --format json`, run once per test file. */
export function cliMetrics() {
  metricsPromise ??= new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "metrics", "--", "--format", "json"], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`metrics CLI exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out));
      } catch (e) {
        reject(new Error(`metrics CLI printed no JSON (${e.message}): ${out.slice(0, 200)}`));
      }
    });
  });
  return metricsPromise;
}

// The number formatting of lib/format.ts, restated so the methodology page can be read back.
function formatNumber(value, digits = 2) {
  if (value === null || !Number.isFinite(value)) return "–";
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatWithUnit(value, unit) {
  if (value === null || !Number.isFinite(value)) return "–";
  const a = Math.abs(value);
  const text = formatNumber(value, a < 10 ? 2 : a < 1000 ? 1 : 0);
  if (unit === "%") return `${text}%`;
  const sign = value < 0 ? "-" : "";
  const magnitude = value < 0 ? text.slice(1) : text;
  if (unit === "USD bn") return `${sign}$${magnitude} bn`;
  if (unit === "USD/bbl") return `${sign}$${magnitude}/bbl`;
  return `${text} ${unit}`;
}

/** assert |actual − expected| ≤ tolerance. */
export function assertClose(actual, expected, tolerance, message) {
  assert.ok(
    typeof actual === "number" && Math.abs(actual - expected) <= tolerance,
    `${message}: expected ${expected} ± ${tolerance}, got ${actual}`,
  );
}

/** Collects console and page errors of a page the `page` fixture does not watch (a second page). */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.location().url.endsWith("/favicon.ico"))
      errors.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  return errors;
}

export const panel = (page, id) => page.locator(`section[data-panel="${id}"]`);

/**
 * Opens the dashboard (with an optional query such as "?mode=change") and waits until it is
 * interactive and shows what the URL asks for: the charts are client-only and each is built when
 * its panel nears the screen, so every panel is scrolled to until its canvas exists; a view other
 * than the default is recomputed by code loaded on demand, so the dashboard must say "ready".
 */
export async function gotoDashboard(page, baseURL, query = "") {
  // A missing element fails within 10 s with its locator named, not at the 30 s test timeout.
  page.setDefaultTimeout(10_000);
  const response = await page.goto(`${baseURL}/${query}`, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `GET /${query} should answer 200`);
  await page
    .locator('.dashboard[data-hydrated][data-state="ready"]')
    .waitFor({ state: "attached" });
  for (const id of PANEL_IDS) {
    const box = panel(page, id).locator(".chart-box");
    if (await box.isVisible()) await box.scrollIntoViewIfNeeded();
    else await panel(page, id).scrollIntoViewIfNeeded();
    await box.locator("canvas").waitFor({ state: "attached" });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return response;
}

/** Shows a panel as a table (clicks its "Table" button) and waits for the table. */
export async function showTable(page, id) {
  const section = panel(page, id);
  await section.getByRole("button", { name: "Table", exact: true }).click();
  await section.locator("table tbody tr").first().waitFor();
}

/** A panel's table rows as the DOM contract exposes them. */
export function tableRows(page, id) {
  return panel(page, id)
    .locator("table tbody tr[data-series]")
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector("td[data-value]");
        const tds = [...tr.querySelectorAll("td")].map((td) => td.textContent.trim());
        return {
          series: tr.getAttribute("data-series"),
          period: tr.getAttribute("data-period"),
          unit: tr.getAttribute("data-unit"),
          value: cell ? Number(cell.getAttribute("data-value")) : NaN,
          text: cell ? cell.textContent.trim() : "",
          basis: tds[4] ?? "",
        };
      }),
    );
}

/** The one row of a table for series/period/unit; fails with the rows seen when it is missing. */
export function findRow(rows, series, period, unit) {
  const matches = rows.filter((r) => r.series === series && r.period === period && r.unit === unit);
  assert.equal(
    matches.length,
    1,
    `expected one row ${series} ${period} ${unit}; rows: ${rows
      .map((r) => `${r.series}/${r.period}/${r.unit}`)
      .join(", ")}`,
  );
  return matches[0];
}

/**
 * Opens a panel's "How is this computed?" (its content is built on first opening) and returns the
 * details element once its metrics are there.
 */
export async function openHow(page, id) {
  const details = panel(page, id).locator("details.how");
  if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  await details.locator("li[data-metric]").first().waitFor();
  return details;
}

/** `li[data-metric]` values inside a locator: id → { value (number|null), text }. */
export async function metricValues(locator) {
  const items = await locator.locator("li[data-metric]").evaluateAll((lis) =>
    lis.map((li) => {
      const span = li.querySelector(".metric-value");
      const raw = span?.getAttribute("data-value") ?? "";
      return { id: li.getAttribute("data-metric"), raw, text: span?.textContent.trim() ?? "" };
    }),
  );
  return new Map(
    items.map((m) => [m.id, { value: m.raw === "" ? null : Number(m.raw), text: m.text }]),
  );
}

/**
 * The data a Chart.js canvas was given ({ labels, datasets: [{ label, data }] }), read from the
 * React props of the chart component that owns the canvas. Chart.js keeps its instances private
 * to the bundle, and a chart's labels are drawn, not in the DOM: this is the way to read them.
 */
export function chartData(canvas) {
  return canvas.evaluate((el) => {
    const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
    // The element keeps the fiber it was created with; after an update the current one may be
    // its alternate. The current tree is the one whose root is its container's `current`.
    const isCurrent = (fiber) => {
      let top = fiber;
      while (top.return) top = top.return;
      return top.stateNode?.current === top;
    };
    let start = key ? el[key] : null;
    if (start && !isCurrent(start) && start.alternate) start = start.alternate;
    for (let fiber = start; fiber; fiber = fiber.return) {
      const data = fiber.memoizedProps?.data;
      if (data && Array.isArray(data.datasets))
        return {
          labels: data.labels ?? [],
          datasets: data.datasets.map((d) => ({ label: d.label, data: d.data })),
        };
    }
    return null;
  });
}

/**
 * Counts the pixels of a canvas close to a colour ("#rrggbb", ±24 per channel: a translucent
 * annotation band over a line tints it by about 20), below the legend (the top 12%) and mostly
 * opaque. A drawn series leaves hundreds to thousands; an empty chart none; an unrelated colour
 * a dozen at most (anti-aliased text).
 */
export function colourPixels(canvas, hex) {
  return canvas.evaluate((el, colour) => {
    const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const g = el.getContext("2d");
    if (!g || el.width === 0 || el.height === 0) return 0;
    const top = Math.round(el.height * 0.12);
    const d = g.getImageData(0, top, el.width, el.height - top).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (
        d[i + 3] > 128 &&
        Math.abs(d[i] - rgb[0]) <= 24 &&
        Math.abs(d[i + 1] - rgb[1]) <= 24 &&
        Math.abs(d[i + 2] - rgb[2]) <= 24
      )
        n++;
    }
    return n;
  }, hex);
}

/**
 * Sets a range input the way a user's drag does: the native value setter (so React's value
 * tracker sees a change), then the input and change events React listens to.
 */
export async function setRange(locator, value) {
  await locator.evaluate((el, v) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    setter.call(el, String(v));
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

/** Waits until the page's URL query satisfies a predicate on its URLSearchParams. */
export async function waitForQuery(page, predicate, what) {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (predicate(new URL(page.url()).searchParams)) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`URL never had ${what}: ${page.url()}`);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(buffer) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...buffer.subarray(0, 8)], signature, "PNG signature");
  assert.equal(buffer.subarray(12, 16).toString("latin1"), "IHDR", "PNG starts with IHDR");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
