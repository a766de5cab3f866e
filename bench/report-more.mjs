// The printed tables for the parts issue 14 added: interaction latency per control, the
// scripts loaded while reading the whole page, memory during and after an upload.
import { kib, met, table } from "./table.mjs";

const MORE_BUDGETS = {
  /** Input → next paint per control at 4× CPU slowdown, at the 75th percentile (as CrUX reads INP). */
  interactionMs: 100,
  /** Everything a reader downloads while reading the whole of `/`, over the bare page. */
  wholeReadOverBareBytes: 80 * 1024,
  /** Peak memory of page + worker during an upload, in multiples of the file's size. */
  uploadPeakPerFileBytes: 4,
};

const lat = (x) => (x == null ? "–" : x === 0 ? "< 16" : String(Math.round(x)));

export function interactionTable(r) {
  return table(
    `Input → next paint per control, Event Timing API, CPU slowed ${r.slowdown}× (CDP), all ${r.chartsBuilt} charts built; ${r.presses} uses each (ms; "< 16": no event reached 16 ms)`,
    ["control", "p75", "median", "max", "each use", `≤ ${MORE_BUDGETS.interactionMs} ms`],
    r.controls.map((c) => [
      c.control,
      lat(c.p75Ms),
      lat(c.medianMs),
      lat(c.maxMs),
      c.latenciesMs.map((x) => lat(x)).join(" "),
      c.first ? "(first)" : c.floor ? "(floor)" : met(c.p75Ms <= MORE_BUDGETS.interactionMs),
    ]),
  );
}

export function wholeReadTable(js) {
  const bare = js.bare.totalBytes;
  const home = js.routes["/"].wholeRead;
  if (!home) return "";
  const head = table(
    "JavaScript over a whole read of / (scrolled to the bottom with the wheel, pointer over the page), gzip KiB",
    ["page", "total", "over bare", "uncompressed", "charts built", "published data fetched"],
    [
      [
        "/",
        kib(home.totalBytes),
        kib(home.totalBytes - bare),
        kib(home.decodedBytes),
        home.charts,
        home.dataFetched ? "yes" : "no",
      ],
    ],
  );
  const loadedAfter = home.scripts.filter(
    (s) => !js.routes["/"].scripts.some((b) => b.path === s.path),
  );
  const chunks = table(
    "Scripts a whole read adds to the load of / (gzip KiB)",
    ["script", "gzip", "uncompressed"],
    loadedAfter.map((s) => [
      s.path.replace("/_next/static/chunks/", ""),
      kib(s.bytes),
      kib(s.decodedBytes),
    ]),
  );
  return `${head}\n${chunks}`;
}

const mb = (bytes) => (bytes == null ? "–" : (bytes / 1024 / 1024).toFixed(0));

export function memoryTable(m) {
  if (!m?.available)
    return `\nMemory during an upload: not available (${m?.reason ?? "not measured"})`;
  return table(
    `Memory (MB) of the page and the upload worker (CDP Runtime.getHeapUsage: JS heap used + ArrayBuffers' and external strings' storage), file ${mb(m.fileBytes)} MB, ${m.rows.toLocaleString("en-US")} rows`,
    ["moment", "page", "worker", "page + worker", "÷ file"],
    m.samples.map((s) => [
      s.moment,
      mb(s.pageBytes),
      s.workerAnswered === false ? "no answer" : mb(s.workerBytes),
      s.workerAnswered === false ? `≥ ${mb(s.totalBytes)}` : mb(s.totalBytes),
      (s.totalBytes / m.fileBytes).toFixed(2),
    ]),
  );
}

export function moreBudgets(results) {
  const rows = [];
  const { interaction, js, memory } = results;
  if (interaction) {
    for (const c of interaction.controls.filter((x) => !x.first && !x.floor)) {
      rows.push([
        `Control ${c.control}: input → paint, 4× slowdown, p75`,
        `${lat(c.p75Ms)} ms (max ${lat(c.maxMs)})`,
        `≤ ${MORE_BUDGETS.interactionMs} ms`,
        c.p75Ms <= MORE_BUDGETS.interactionMs,
      ]);
    }
  }
  if (js?.routes["/"]?.wholeRead) {
    const limit = js.bare.totalBytes + MORE_BUDGETS.wholeReadOverBareBytes;
    const w = js.routes["/"].wholeRead;
    rows.push([
      "JS over a whole read of / ≤ bare + 80 KiB gzip",
      `${kib(w.totalBytes)} KiB (bare + ${kib(w.totalBytes - js.bare.totalBytes)})`,
      `≤ ${kib(limit)} KiB`,
      w.totalBytes <= limit,
    ]);
  }
  if (memory?.available) {
    const peak = Math.max(...memory.samples.filter((s) => s.during).map((s) => s.totalBytes));
    rows.push([
      "Upload: peak page + worker memory ≤ 4× the file",
      `${mb(peak)} MB = ${(peak / memory.fileBytes).toFixed(2)}× (sampled)`,
      `≤ ${mb(memory.fileBytes * MORE_BUDGETS.uploadPeakPerFileBytes)} MB`,
      peak <= memory.fileBytes * MORE_BUDGETS.uploadPeakPerFileBytes,
    ]);
    const removed = memory.samples.find((s) => s.moment.startsWith("after Remove"));
    const before = memory.samples[0];
    if (removed) {
      rows.push([
        "Upload: memory given back on Remove (page + worker vs before the upload)",
        `${mb(removed.totalBytes)} MB (before: ${mb(before.totalBytes)} MB)`,
        `≤ before + 10 MB`,
        removed.totalBytes <= before.totalBytes + 10 * 1024 * 1024,
      ]);
    }
  }
  return rows;
}
