// Embeds framed by another site: a page on another origin (another port of 127.0.0.1, served
// here by node:http) frames /embed/<panel>; the chart draws inside the frame, in the view its
// query string names. The same page cannot frame `/`. Runs against BASE_URL (next start), and
// against the static copy when BASE_URL points at one.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { baseURL, run, screenshot, test } from "./harness.mjs";
import { PANEL_IDS, chartData, gotoDashboard } from "./helpers.mjs";

/** A page on its own origin that frames `src`: { url, close }. */
async function hostPage(src) {
  const html = `<!doctype html><html><head><title>A newsroom's article</title></head><body>
<h1>Newsroom article</h1><p>Text before the chart.</p>
<iframe id="embed" src="${src}" title="Chart" width="100%" height="600" style="border:0"></iframe>
<p>Text after the chart.</p></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

for (const [width, height] of [
  [1280, 900],
  [375, 812],
]) {
  test(
    `a page on another origin frames /embed/oil?oil=Mt at ${width} px: the chart draws in Mt`,
    async ({ page }) => {
      page.setDefaultTimeout(15_000);
      const host = await hostPage(`${baseURL}/embed/oil?oil=Mt`);
      try {
        await page.goto(host.url, { waitUntil: "load" });
        const frame = page.frameLocator("#embed");
        // What a host page or a screenshot tool waits for: the frame saying "ready", nothing else.
        await frame.locator('.embed[data-state="ready"]').waitFor({ state: "attached" });
        assert.equal(
          await frame
            .locator("h1")
            .textContent()
            .then((t) => t?.length > 0),
          true,
        );
        assert.ok((await frame.locator(".embed .source-line").count()) >= 1, "a source line");
        const back = await frame.locator(".embed a[target=_blank]").getAttribute("href");
        assert.equal(back, "/?oil=Mt&panel=oil#oil", "the link back carries the view");
        // Russia 2023 is 107.02 Mt (data/crude_annual.csv, reported); in mb/d it would be 2.14.
        // "ready" means the chart has drawn the view asked for: read once, at once (until
        // session 9 the frame said "ready" before its chart took the recomputed view).
        assert.equal(await frame.locator(".embed canvas").count(), 1, "the chart is drawn");
        const data = await chartData(frame.locator(".embed canvas"));
        const russia = data.datasets.find((d) => /Russia/.test(d.label));
        assert.ok(russia, `a Russia series among ${data.datasets.map((d) => d.label)}`);
        const at2023 = russia.data[data.labels.indexOf("2023")];
        assert.equal(typeof at2023 === "object" ? at2023?.y : at2023, 107.02);
        // The frame fits the column: nothing wider than the iframe.
        const overflow = await frame
          .locator("html")
          .evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 0, `the embed scrolls sideways by ${overflow} px`);
        await screenshot(page, `publish-embed-framed-${width}`);
      } finally {
        await host.close();
      }
    },
    { context: { viewport: { width, height } }, timeout: 45_000 },
  );
}

test("every panel has an embed that answers 200 with frame-ancestors * and no X-Frame-Options", async () => {
  for (const id of PANEL_IDS) {
    const response = await fetch(`${baseURL}/embed/${id}`);
    assert.equal(response.status, 200, `/embed/${id}`);
    // Nothing is drawn before the scripts run: the page as sent is not "ready" (until session 9
    // it said so, and a host waiting for "ready" could shoot a frame with no chart in it).
    const article = (await response.clone().text()).match(/<article[^>]*class="embed"[^>]*>/)?.[0];
    assert.match(article ?? "", /data-state="computing"/, `/embed/${id} as sent`);
    assert.match(response.headers.get("content-security-policy") ?? "", /frame-ancestors \*/);
    assert.equal(response.headers.get("x-frame-options"), null);
  }
  const dashboard = await fetch(`${baseURL}/`);
  assert.match(dashboard.headers.get("content-security-policy") ?? "", /frame-ancestors 'self'/);
  assert.equal(dashboard.headers.get("x-frame-options"), "SAMEORIGIN");
});

test(
  "the same page on another origin cannot frame the dashboard itself",
  async ({ page }) => {
    const host = await hostPage(`${baseURL}/`);
    try {
      await page.goto(host.url, { waitUntil: "load" });
      // A refused frame stays on Chromium's error page: none of the dashboard's content is in it.
      const frame = page.frame({ url: (u) => u.href.startsWith(baseURL) });
      const content = frame
        ? await frame
            .locator(".dashboard")
            .count()
            .catch(() => 0)
        : 0;
      assert.equal(content, 0, "the dashboard rendered inside a foreign frame");
    } finally {
      await host.close();
    }
  },
  { allowErrors: true },
);

test("the share dialog gives iframe code for the chosen panel in the current view", async ({
  page,
}) => {
  await gotoDashboard(page, baseURL, "?gas=Mtoe&views=oil:monthly");
  await page.getByRole("button", { name: "Share this view" }).click();
  const dialog = page.locator("dialog.share-dialog");
  await dialog.locator("#embed-panel").selectOption("oil");
  const code = await dialog.locator("#embed-code").inputValue();
  assert.equal(
    code,
    `<iframe src="${baseURL}/embed/oil?gas=Mtoe&amp;views=oil:monthly" title="Oil: Russian crude to China" width="100%" height="600" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`,
  );
});

await run();
