// A reader's cell holding invisible and deceptive characters, as the dashboard's own tables print
// it once applied: each character named where it stands (⟨U+… NAME⟩, never the character
// itself), the text isolated in a <bdi> so a right-to-left override cannot reverse the page's
// words, and a long unbroken URL wrapped inside a 375 px page.
import assert from "node:assert/strict";
import path from "node:path";
import { SCREENSHOT_DIR, test } from "./fixtures.mjs";
import { countRecords, gotoDashboard, panel, readDataFile, showTable } from "./helpers.mjs";

const URL_98 = `https://example.com/${"a".repeat(78)}`;
// The note of russia 2023 mb/d (in the oil panel's first view), as a reader's spreadsheet might hold it (no comma, no quote, so the
// CSV line needs no quoting): a no-break space, a zero-width space, a byte-order mark inside the
// text, a right-to-left override, a bell (control) character and a 98-character URL.
const NOTE = `China\u00a0customs\u200b data\ufeff ${URL_98} \u202Eevil\u0007`;
// Written out by hand, not by the code under test.
const SHOWN =
  "China⟨U+00A0 NO-BREAK SPACE⟩customs⟨U+200B ZERO WIDTH SPACE⟩ data" +
  `⟨U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)⟩ ${URL_98} ` +
  "⟨U+202E RIGHT-TO-LEFT OVERRIDE⟩evil⟨U+0007 control character⟩";

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(() => {
    test.use({ viewport, reducedMotion: "reduce" });
    test(`an applied note with invisible and bidi characters is named in the oil panel's table, isolated, and wraps (${viewport.width} px)`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      assert.equal(URL_98.length, 98);
      await gotoDashboard(page, baseURL);
      const input = page.getByTestId("upload-input");
      await input.waitFor({ state: "attached" });
      const published = readDataFile("crude_annual.csv");
      const line = "2023,russia,2.14,mb/d,reported,mees-russia-crude-2023,";
      assert.ok(published.includes(line), "the published row the test changes");
      const text = published.replace(line, `${line}${NOTE}`);
      await input.setInputFiles({
        name: "crude_annual.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(text),
      });
      await page.getByTestId("upload-report").waitFor();
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
      );
      await page.getByTestId("upload-apply").click();
      await page.getByTestId("reader-banner").waitFor();
      await page.locator('.dashboard[data-state="ready"]').waitFor({ state: "attached" });

      await showTable(page, "oil");
      const row = panel(page, "oil").locator(
        'table tbody tr[data-series="russia"][data-period="2023"][data-unit="mb/d"]',
      );
      const note = row.locator("td").last();
      assert.equal(await note.textContent(), SHOWN);
      // Nothing of the note's own invisible characters reaches the page: only their names.
      const raw = await note.evaluate((td) => td.textContent);
      assert.doesNotMatch(raw, /[\u00a0\u200b\ufeff\u202e\u0007]/);
      // Isolated: the note is a <bdi>, so its direction cannot leak into the row.
      assert.equal(await note.locator("bdi").count(), 1);
      assert.equal(
        await note.locator("bdi").evaluate((b) => getComputedStyle(b).unicodeBidi),
        "isolate",
      );
      // Five names, each a mark of its own.
      assert.deepEqual(await note.locator("[data-invisible]").allTextContents(), [
        "⟨U+00A0 NO-BREAK SPACE⟩",
        "⟨U+200B ZERO WIDTH SPACE⟩",
        "⟨U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)⟩",
        "⟨U+202E RIGHT-TO-LEFT OVERRIDE⟩",
        "⟨U+0007 control character⟩",
      ]);

      // The 98-character URL wraps: neither the page nor the table's own box grows sideways.
      await note.scrollIntoViewIfNeeded();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
      }));
      assert.ok(
        widths.page <= widths.window,
        `page ${widths.page} px > window ${widths.window} px`,
      );
      const noteWidth = await note.evaluate((td) => td.getBoundingClientRect().width);
      assert.ok(noteWidth < 98 * 6, `the note cell is ${noteWidth} px wide: the URL did not wrap`);
      await panel(page, "oil")
        .locator("table")
        .screenshot({
          path: path.join(SCREENSHOT_DIR, `dashboard-note-invisible-${viewport.width}.png`),
        });
    });
  });
}

test("a file name with a right-to-left override is named, not obeyed, in the upload and the banner", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await gotoDashboard(page, baseURL);
  const input = page.getByTestId("upload-input");
  await input.waitFor({ state: "attached" });
  // The classic trick: "crude_annual" + RLO + "vsc.exe" reads as "crude_annualexe.csv".
  const name = "crude_annual\u202Evsc.exe";
  await input.setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(readDataFile("crude_annual.csv")),
  });
  const select = page.locator("#upload select").first();
  await select.waitFor();
  const shown = "crude_annual⟨U+202E RIGHT-TO-LEFT OVERRIDE⟩vsc.exe";
  assert.ok(
    (await page.locator("#upload").innerText()).includes(`Dataset for ${shown}:`),
    "the dataset question names the override",
  );
  await select.selectOption("crude_annual");
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="upload-apply"]')?.disabled,
  );
  await page.getByTestId("upload-apply").click();
  const banner = page.getByTestId("reader-banner");
  await banner.waitFor();
  const rows = countRecords(readDataFile("crude_annual.csv"));
  assert.ok(
    (await banner.innerText()).includes(`${shown} (${rows} of ${rows} rows, crude_annual)`),
    await banner.innerText(),
  );
  assert.doesNotMatch(await banner.evaluate((b) => b.textContent), /\u202e/);
});
