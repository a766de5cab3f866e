// Parts of `/` fetched when the reader first asks for them, not while the page is read (the script
// budget counts a whole read: BENCHMARKS.md): the share dialog, "How is this computed?", a panel's
// "Download data" and the banner for the reader's own data. Each works from the keyboard as
// before, and says so, with "Try again", when its code cannot be fetched.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { gotoDashboard, panel } from "./helpers.mjs";
import { wheelToBottom } from "../../bench/js-size.mjs";

// A string each part's code holds (its text), so a fetched script can be told apart.
const MARKERS = {
  "the share dialog": "Embed a chart",
  "the metrics' explanations": "no input carries a range",
  "the text of 'Download data'": "Every published row of the file this panel draws from",
  "the reader's banner": "You are looking at your own data",
  "the reader's storage": "reader-data-v3",
};

/** Every script body the page fetches from now on. */
function scriptBodies(page) {
  const bodies = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  return () => Promise.all(bodies);
}

const holding = (bodies, marker) => bodies.some((b) => b.includes(marker));

test("a whole read of / with the wheel, the pointer over the page, fetches none of them; pressing Share then fetches the dialog", async ({
  page,
  baseURL,
}) => {
  const fetched = scriptBodies(page);
  await page.goto(`${baseURL}/`, { waitUntil: "load" });
  await page.locator(".dashboard[data-hydrated]").waitFor({ state: "attached" });
  // As bench/js-size.mjs reads it.
  await wheelToBottom(page, 360);
  await page.waitForLoadState("networkidle");
  const read = await fetched();
  assert.ok(holding(read, "Loading chart"), "the page's own code was seen (the markers can match)");
  for (const [part, marker] of Object.entries(MARKERS))
    assert.ok(!holding(read, marker), `a whole read fetched ${part}`);

  await page.getByRole("button", { name: "Share this view" }).click();
  await page.locator("dialog.share-dialog").waitFor({ state: "visible" });
  assert.ok(holding(await fetched(), MARKERS["the share dialog"]), "the press fetched the dialog");
});

test("Share this view from the keyboard: the dialog opens with focus in its link, Escape returns focus to the button, and it reopens", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const button = page.getByRole("button", { name: "Share this view" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await dialog.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement?.id), "share-url");
  assert.equal(await dialog.locator("#share-url").inputValue(), page.url());
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await button.evaluate((b) => b === document.activeElement), true);
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement?.id), "share-url");
});

test("'How is this computed?' opened from the keyboard lists the oil panel's metrics, each with its formula", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL);
  const how = panel(page, "oil").locator("details.how");
  await how.locator("summary").focus();
  await page.keyboard.press("Enter");
  await how.locator("li[data-metric='crude_mbd_from_tonnes']").waitFor();
  assert.equal(await how.evaluate((d) => d.open), true);
  assert.match(await how.locator("li[data-metric='crude_mbd_from_tonnes']").innerText(), /Formula/);
});

test.describe(() => {
  // The refused script requests are logged by the browser as errors: expected here.
  test.use({ allowErrors: true });

  /** Refuses every script fetched from now on until `restore()`; the page's own are loaded. */
  async function offlineScripts(page) {
    let offline = true;
    await page.route("**/_next/static/chunks/**", (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    return () => (offline = false);
  }

  const cases = [
    {
      part: "the share dialog",
      open: (page) => page.getByRole("button", { name: "Share this view" }).click(),
      says: "The share dialog could not be loaded",
      shown: (page) => page.getByRole("dialog", { name: "Share this view" }),
    },
    {
      part: "the oil panel's 'How is this computed?'",
      open: (page) => panel(page, "oil").locator("details.how summary").click(),
      says: "The explanations could not be loaded",
      shown: (page) => panel(page, "oil").locator("details.how li[data-metric]").first(),
    },
    {
      part: "the oil panel's 'Download data'",
      open: (page) => panel(page, "oil").locator("details.downloads summary").click(),
      says: "The list of downloads could not be loaded",
      shown: (page) => panel(page, "oil").getByRole("button", { name: /Download displayed data/ }),
    },
  ];
  for (const { part, open, says, shown } of cases) {
    test(`when the code of ${part} cannot be fetched, an alert says so and 'Try again' shows it`, async ({
      page,
      baseURL,
    }) => {
      await gotoDashboard(page, baseURL);
      const restore = await offlineScripts(page);
      await open(page);
      const alert = page.getByRole("alert").filter({ hasText: says });
      await alert.waitFor();
      assert.equal(await shown(page).count(), 0, `${part} is not shown`);
      restore();
      await alert.getByRole("button", { name: "Try again" }).click();
      await shown(page).waitFor({ state: "visible" });
      await alert.waitFor({ state: "detached" });
    });
  }
});
