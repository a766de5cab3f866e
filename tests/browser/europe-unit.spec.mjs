// The gas unit applies to Europe too (issue 13): in Mtoe its table lists each bcm row beside a
// derived Mtoe row (bcm × factors.csv's 0.86 Mtoe/bcm), and its axis says Mtoe.
import assert from "node:assert/strict";
import { test } from "./fixtures.mjs";
import { assertClose, findRow, gotoDashboard, panel, showTable, tableRows } from "./helpers.mjs";

test("?gas=Mtoe: Europe's 2023 pipeline gas is 28.3 bcm and 24.338 Mtoe (× 0.86)", async ({
  page,
  baseURL,
}) => {
  await gotoDashboard(page, baseURL, "?gas=Mtoe");
  await showTable(page, "europe");
  const rows = await tableRows(page, "europe");
  assert.equal(findRow(rows, "reuters_pipeline_europe", "2023", "bcm").value, 28.3);
  const mtoe = findRow(rows, "reuters_pipeline_europe_mtoe", "2023", "Mtoe");
  assertClose(mtoe.value, 28.3 * 0.86, 1e-9, "Europe 2023 in Mtoe");
  assert.equal(mtoe.basis, "derived");
  assert.match(await panel(page, "europe").innerText(), /Mtoe/);
});
