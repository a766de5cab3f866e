// Chart legibility: for every panel and every view, at 1280 and 375 px, the annotation labels as
// drawn (read from each Chart.js instance: `chart.$labelLayout`, written by
// lib/chart/label-plugin.ts) are inside the plot area, never on one another, and never on a bar or
// a point of the data — the bars and points read here from the instance itself.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { SCREENSHOT_DIR, baseURL, run, test } from "./harness.mjs";
import { PANEL_IDS, gotoDashboard, panel } from "./helpers.mjs";

/** For each canvas of the panel: { area, labels: [{text, kind, box}], bars: [box], points: [box] }. */
function drawnLabels(canvas) {
  return canvas.evaluate((el) => {
    const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
    let chart = null;
    for (let fiber = key ? el[key] : null; fiber && !chart; fiber = fiber.return) {
      const current = fiber.memoizedProps?.chartRef?.current;
      if (current?.$labelLayout) chart = current;
    }
    if (!chart) return null;
    const bars = [];
    const points = [];
    chart.data.datasets.forEach((_, i) => {
      if (!chart.isDatasetVisible(i)) return;
      const meta = chart.getDatasetMeta(i);
      for (const e of meta.data) {
        if (e.skip || !Number.isFinite(e.y)) continue;
        if (meta.type === "bar")
          bars.push({
            x: e.x - e.width / 2,
            y: Math.min(e.y, e.base),
            width: e.width,
            height: Math.abs(e.base - e.y),
          });
        else points.push({ x: e.x - 3, y: e.y - 3, width: 6, height: 6 });
      }
    });
    const { area, placements } = chart.$labelLayout;
    return {
      area,
      labels: placements.map((p) => ({ text: p.text, kind: p.kind, box: p.box })),
      bars,
      points,
    };
  });
}

const overlap = (a, b) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (b, area) =>
  b.x >= area.x - 0.5 &&
  b.y >= area.y - 0.5 &&
  b.x + b.width <= area.x + area.width + 0.5 &&
  b.y + b.height <= area.y + area.height + 0.5;
const show = (l) =>
  `"${l.text}" (${l.kind} at ${Math.round(l.box.x)},${Math.round(l.box.y)} ${Math.round(l.box.width)}×${Math.round(l.box.height)})`;

function problems(drawn) {
  const out = [];
  const { area, labels, bars, points } = drawn;
  labels.forEach((l, i) => {
    if (!within(l.box, area)) out.push(`${show(l)} is clipped by the plot edge`);
    for (const other of labels.slice(i + 1))
      if (overlap(l.box, other.box)) out.push(`${show(l)} overlaps ${show(other)}`);
    if (bars.some((b) => overlap(l.box, b))) out.push(`${show(l)} covers a bar`);
    if (points.some((p) => overlap(l.box, p))) out.push(`${show(l)} covers a point`);
  });
  return out;
}

// The default view, the other units (their labels say their values in them), and the other units
// with "change on the previous year" (its own labels). Each with its screenshot's name.
const QUERIES = [
  ["", ""],
  ["?oil=Mt&gas=Mtoe", "-units"],
  ["?mode=change&oil=Mt&gas=Mtoe", "-change"],
];

for (const [width, [query, tag]] of [1280, 375].flatMap((w) => QUERIES.map((q) => [w, q]))) {
  test(
    `at ${width} px${query ? ` with ${query}` : ""} no annotation label of any panel or view overlaps another, the data or the plot edge`,
    async ({ page }) => {
      await gotoDashboard(page, baseURL, query);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const found = [];
      let checked = 0;
      for (const id of PANEL_IDS) {
        const section = panel(page, id);
        const viewButtons = section.getByRole("group", { name: "View" }).getByRole("button");
        const views = Math.max(await viewButtons.count(), 1);
        for (let v = 0; v < views; v++) {
          if (views > 1) await viewButtons.nth(v).click();
          const canvas = section.locator(".chart-box canvas");
          await canvas.scrollIntoViewIfNeeded();
          await canvas.waitFor({ state: "attached" });
          await page.waitForFunction(
            (el) => {
              const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
              for (let f = key ? el[key] : null; f; f = f.return)
                if (f.memoizedProps?.chartRef?.current?.$labelLayout) return true;
              return false;
            },
            await canvas.elementHandle(),
          );
          const drawn = await drawnLabels(canvas);
          assert.ok(drawn, `${id} view ${v}: no label layout on the chart`);
          checked++;
          for (const p of problems(drawn)) found.push(`${id} view ${v + 1}/${views}: ${p}`);
          await section.screenshot({
            path: path.join(SCREENSHOT_DIR, `publish-labels-${id}-${v + 1}-${width}${tag}.png`),
          });
        }
      }
      assert.ok(checked >= PANEL_IDS.length, `checked ${checked} charts`);
      assert.deepEqual(found, []);
    },
    { context: { viewport: { width, height: 900 } }, timeout: 90_000 },
  );
}

await run();
