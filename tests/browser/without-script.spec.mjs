// Without JavaScript: what a reader whose browser runs no script gets, or a tool that reads only
// the HTML. React's server renderer sends a Suspense boundary of over 500 bytes after the rest of
// the page, in a hidden element that an inline script moves into place, once the page written
// before it is over 12,800 bytes (its progressive chunk size; BENCHMARKS.md, "Session 12").
// Without scripts such a part stays hidden.
// - /methodology and /data have no boundary: every card, entry and section is in place.
// - On / all eight of the dashboard's sections are sent that way: their boundaries let the
//   dashboard hydrate in parts, which Lighthouse measured at 95 against 92 without them. Without
//   JavaScript the headline tiles, the controls, the panels and the upload stay hidden. What must
//   be there is the page's frame: the article's four numbers beside the published ones, and the
//   ledger.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { DATASET_FILES, cliMetrics } from "./helpers.mjs";

/** What the page shows, read without running any of its own scripts. */
async function shown(page, selector) {
  return page.evaluate((sel) => {
    const visible = (el) => el.closest("[hidden]") === null && el.getClientRects().length > 0;
    return {
      found: [...document.querySelectorAll(sel)]
        .filter(visible)
        .map((el) => el.id || el.textContent),
      // A boundary sent after the page: its placeholder, and the hidden element holding it.
      sentLater: document.querySelectorAll("template[id^='B:'], div[hidden][id^='S:']").length,
    };
  }, selector);
}

test.describe(() => {
  test.use({ javaScriptEnabled: false });

  test("/methodology without JavaScript: every metric card and every section is in place", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${baseURL}/methodology`);
    const sections = await shown(page, "main h2[id]");
    assert.deepEqual(sections.found, ["metrics", "assumptions", "factors", "checks", "caveats"]);
    assert.equal(sections.sentLater, 0, "no part of /methodology is left for a script to show");
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll("li[data-metric]")]
        .filter((li) => li.closest("[hidden]") === null)
        .map((li) => li.dataset.metric),
    );
    const metrics = await cliMetrics();
    assert.deepEqual(cards.sort(), metrics.map((m) => m.id).sort());
  });

  test("/data without JavaScript: every dataset entry and every section is in place", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${baseURL}/data`);
    const sections = await shown(page, "main h2[id]");
    assert.deepEqual(sections.found, ["datasets", "support", "model", "cli", "reuse"]);
    assert.equal(sections.sentLater, 0, "no part of /data is left for a script to show");
    const entries = await shown(page, "[id^='dataset-']:not([id$='-title'])");
    assert.deepEqual(entries.found.sort(), DATASET_FILES.map((name) => `dataset-${name}`).sort());
  });

  test("/ without JavaScript: the article's four numbers beside the published ones, and the ledger", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${baseURL}/`);
    const headings = await shown(page, "h2#since, h2#ledger");
    assert.deepEqual(headings.found, ["since", "ledger"]);
    const rows = await page.locator("[data-testid=since-table] tbody tr").allInnerTexts();
    assert.equal(rows.length, 4, "the article's four numbers");
    // The seed article's first number: Russian crude to China at 2.14 million barrels a day.
    assert.match(rows[0], /Russian crude exports to China\s+2\.14 mb\/d 2023/);
  });
});
