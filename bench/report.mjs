// The printed report: one table per part, every figure beside its baseline and their ratio,
// then the budgets of ARCHITECTURE.md with whether each is met.
import { count, kib, met, ms, perSecond, ratio, table } from "./table.mjs";
import { interactionTable, memoryTable, moreBudgets, wholeReadTable } from "./report-more.mjs";

/** The budgets (ARCHITECTURE.md, "Budgets"). KiB: 1,024 bytes. */
const BUDGETS = {
  jsOverBareBytes: 80 * 1024,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  pipelineRatio: 1.5,
  uploadRatio: 1.5,
  longestTaskMs: 100,
};

function jsTables(js) {
  const bare = js.bare.totalBytes;
  const row = (name, m) => [
    name,
    kib(m.totalBytes),
    ratio(m.totalBytes / bare),
    kib(m.totalBytes - bare),
    kib(m.beforeLoadBytes),
    kib(m.afterLoadBytes),
    kib(m.prefetchedBytes),
    kib(m.ownBytes),
    kib(m.decodedBytes),
  ];
  const pages = table(
    "JavaScript sent, gzip (KiB), from navigation to network idle; baseline: a bare Next.js page",
    [
      "page",
      "total",
      "vs bare",
      "over bare",
      "before load",
      "after load",
      "prefetch of links",
      "without prefetch",
      "uncompressed",
    ],
    [
      row("bare Next.js /", js.bare),
      ...Object.entries(js.routes).map(([route, m]) => row(route, m)),
    ],
  );
  const chunks = table(
    "Scripts loaded by / (gzip KiB), largest first",
    ["script", "gzip", "uncompressed", "phase", "also in bare"],
    js.routes["/"].scripts.map((s) => [
      s.path.replace("/_next/static/chunks/", ""),
      kib(s.bytes),
      kib(s.decodedBytes),
      s.phase,
      js.bare.scripts.some((b) => b.path === s.path) ? "yes" : "",
    ]),
  );
  return `${pages}\n${chunks}`;
}

function lighthouseTable(lh) {
  const bare = lh.bare;
  const row = (name, r) => [
    name,
    r.performance,
    ratio(r.performance / bare.performance),
    r.accessibility,
    r.bestPractices,
    r.seo,
    ms(r.lcpMs),
    ratio(r.lcpMs / bare.lcpMs),
    ms(r.tbtMs),
    r.cls?.toFixed(3),
    r.performanceRuns.join("/"),
    r.benchmarkIndex == null ? "–" : Math.round(r.benchmarkIndex),
  ];
  const notes = Object.entries(lh.routes).flatMap(([route, r]) =>
    ["accessibility", "performance"]
      .filter((c) => r.failing[c]?.length)
      .map((c) => `${route} ${c} audits not passed: ${r.failing[c].join(", ")}`),
  );
  return (
    table(
      `Lighthouse ${lh.version}, mobile profile (run with the median performance of ${lh.runs}); baseline: the bare page`,
      [
        "page",
        "perf",
        "vs bare",
        "a11y",
        "best pr.",
        "SEO",
        "LCP ms",
        "vs bare",
        "TBT ms",
        "CLS",
        "perf runs",
        "CPU index",
      ],
      [
        row("bare Next.js /", bare),
        ...Object.entries(lh.routes).map(([route, r]) => row(route, r)),
      ],
    ) + (notes.length ? `\n${notes.join("\n")}` : "")
  );
}

const CRUDE = "project, crude_annual schema";

function pipelineTables(p) {
  const sizes = table(
    "CSV pipeline in Node (median ms): project = read + validate + metrics; baselines parse only",
    [
      "rows",
      "MB",
      "project",
      "rows/s",
      "papaparse",
      "d3-dsv",
      "reader only",
      "project/papaparse",
      "project/d3-dsv",
      "reader/papaparse",
      "valid rows",
      "crude_annual schema",
      "…/papaparse",
    ],
    p.sizes.map((s) => {
      const a = s.approaches;
      return [
        count(s.rows),
        (s.bytes / 1e6).toFixed(1),
        ms(a.project.medianMs),
        perSecond(s.rows, a.project.medianMs),
        ms(a.papaparse.medianMs),
        ms(a["d3-dsv"].medianMs),
        ms(a["project reader only"].medianMs),
        ratio(a.project.medianMs / a.papaparse.medianMs),
        ratio(a.project.medianMs / a["d3-dsv"].medianMs),
        ratio(a["project reader only"].medianMs / a.papaparse.medianMs),
        count(a.project.valid),
        ms(a[CRUDE].medianMs),
        ratio(a[CRUDE].medianMs / a.papaparse.medianMs),
      ];
    }),
  );
  // Each round times every approach in turn (bench/pipeline.mjs), so a round has its own ratio.
  const largest = p.sizes[p.sizes.length - 1];
  const rounds = largest.approaches.project.runsMs.map((ms, i) => [
    ms,
    largest.approaches.papaparse.runsMs[i],
  ]);
  const perRound = ownRatios(
    rounds,
    `project / papaparse at ${count(largest.rows)} rows, each round`,
  );
  if (p.sizes.length < 2) return `${sizes}${perRound}`;
  const first = p.sizes[0].rows;
  const last = p.sizes[p.sizes.length - 1].rows;
  const growth = table(
    `How cost grows: least-squares fit ms = a + b × rows over ${p.sizes.map((s) => count(s.rows)).join(", ")} rows`,
    ["approach", "b, µs per row", "a, ms", `per-row cost ${count(last)} vs ${count(first)}`],
    Object.entries(p.growth).map(([name, g]) => [
      name,
      (g.slopeMsPerRow * 1000).toFixed(2),
      ms(g.interceptMs),
      ratio(g.perRowRatioLargestToSmallest),
    ]),
  );
  return `${sizes}${perRound}\n${growth}`;
}

// The Long Tasks API reports only tasks over 50 ms: none means every task was shorter.
const taskMs = (x) => (x === 0 ? "< 50" : ms(x));

/**
 * Each round's figure over the baseline timed next to it in the same round, lowest to highest:
 * how far one round can stray from the median ratio. `pairs`: [figure ms, baseline ms] per round.
 */
export function ownRatios(pairs, what = "each round's own ratio") {
  const each = pairs
    .filter(([figure, baseline]) => figure > 0 && baseline > 0)
    .map(([figure, baseline]) => figure / baseline)
    .sort((a, b) => a - b);
  return each.length < 2 ? "" : `\n${what}, lowest to highest: ${each.map(ratio).join(", ")}`;
}

/** Each round's upload over that round's papaparse. */
export const roundRatios = (runs) => ownRatios(runs.map((r) => [r.toReportMs, r.papaparseFileMs]));

function uploadTable(u) {
  if (!u.app.available) return `\nUpload of ${count(u.rows)} rows: not available (${u.app.reason})`;
  const { app, papaparse } = u;
  return (
    table(
      `Upload of ${count(u.rows)} rows in Chromium (production build); baseline: papaparse alone, same browser`,
      ["measure", "ms", "vs papaparse(File)"],
      [
        ["upload: file chosen → report (median of rounds)", ms(app.toReportMs), ratio(u.ratio)],
        ["papaparse(File), main thread (median of rounds)", ms(papaparse.fileMs), ratio(1)],
        [
          "file.text() then papaparse(text)",
          ms(papaparse.readMs + papaparse.textParseMs),
          ratio((papaparse.readMs + papaparse.textParseMs) / papaparse.fileMs),
        ],
        ["longest main-thread task while reading (all rounds)", taskMs(app.longestTaskMs), ""],
        [`long tasks (>50 ms) while reading: ${app.longTasks}`, ms(app.longTasksTotalMs), ""],
        ["apply: click → settled (median round)", ms(app.apply?.untilSettledMs), ""],
        [
          "longest main-thread task while applying (all rounds)",
          taskMs(app.apply?.longestTaskMs),
          "",
        ],
      ],
    ) +
    `\nrounds (upload → report / papaparse(File), longest task reading / applying): ${(app.runs ?? []).map((r) => `${ms(r.toReportMs)}/${ms(r.papaparseFileMs)} ms, ${taskMs(r.longestTaskMs)}/${taskMs(r.applyLongestTaskMs)}`).join("; ")}` +
    roundRatios(app.runs ?? []) +
    `\nlong tasks while reading, median round (start after the file was chosen → duration): ${app.longTaskList.map((t) => `${t.atMs}→${t.ms}`).join(", ") || "none"}` +
    `\nreport: ${app.report}\nprogress bar seen: ${app.sawProgress}, cancel button seen: ${app.sawCancel}`
  );
}

/** Each budget: what was measured, the limit, and whether it is met (null: not measured). */
function budgets(results) {
  const rows = [];
  const { js, lighthouse: lh, pipeline, upload } = results;
  if (js) {
    const limit = js.bare.totalBytes + BUDGETS.jsOverBareBytes;
    const home = js.routes["/"];
    rows.push([
      "JS sent for / ≤ bare + 80 KiB gzip",
      `${kib(home.totalBytes)} KiB (bare ${kib(js.bare.totalBytes)} + ${kib(home.totalBytes - js.bare.totalBytes)})`,
      `≤ ${kib(limit)} KiB`,
      home.totalBytes <= limit,
    ]);
    rows.push([
      "  the same without prefetches of linked routes",
      `${kib(home.ownBytes)} KiB (bare + ${kib(home.ownBytes - js.bare.totalBytes)})`,
      `≤ ${kib(limit)} KiB`,
      home.ownBytes <= limit,
    ]);
  }
  if (lh) {
    for (const [route, r] of Object.entries(lh.routes)) {
      rows.push([
        `Lighthouse performance ${route}`,
        r.performance,
        `≥ ${BUDGETS.lighthousePerformance}`,
        r.performance >= BUDGETS.lighthousePerformance,
      ]);
      rows.push([
        `Lighthouse accessibility ${route}`,
        r.accessibility,
        `= ${BUDGETS.lighthouseAccessibility}`,
        r.accessibility >= BUDGETS.lighthouseAccessibility,
      ]);
    }
  }
  if (pipeline) {
    const largest = pipeline.sizes[pipeline.sizes.length - 1];
    const a = largest.approaches;
    const r = a.project.medianMs / a.papaparse.medianMs;
    rows.push([
      `Node pipeline ${count(largest.rows)} rows: project / papaparse`,
      ratio(r),
      `≤ ${BUDGETS.pipelineRatio}×`,
      r <= BUDGETS.pipelineRatio,
    ]);
  }
  if (upload) {
    if (!upload.app.available) {
      rows.push([`Upload ${count(upload.rows)} rows`, "not available", "", null]);
    } else {
      rows.push([
        `Upload ${count(upload.rows)} rows: to report / papaparse`,
        ratio(upload.ratio),
        `≤ ${BUDGETS.uploadRatio}×`,
        upload.ratio <= BUDGETS.uploadRatio,
      ]);
      rows.push([
        "Upload: longest main-thread task while reading",
        `${taskMs(upload.app.longestTaskMs)} ms`,
        `≤ ${BUDGETS.longestTaskMs} ms`,
        upload.app.longestTaskMs <= BUDGETS.longestTaskMs,
      ]);
      if (upload.app.apply) {
        rows.push([
          "Upload: longest main-thread task while applying",
          `${taskMs(upload.app.apply.longestTaskMs)} ms`,
          `≤ ${BUDGETS.longestTaskMs} ms`,
          upload.app.apply.longestTaskMs <= BUDGETS.longestTaskMs,
        ]);
      }
    }
  }
  return [...rows, ...moreBudgets(results)];
}

export function report(results) {
  const m = results.machine;
  const parts = [
    `Benchmarks ${m.date} · ${m.cpus} cores (${m.cpuModel}) · ${m.memoryGiB} GiB · node ${m.node} · ${m.chromium ?? "chromium ?"} · ${m.commit ? `commit ${m.commit}${m.uncommittedChanges ? " + uncommitted changes" : ""}` : "not a git checkout"}`,
    `load average before ${m.loadAverage.join(" ")}, after ${m.loadAverageAfter.join(" ")}${Math.max(...m.loadAverage, ...m.loadAverageAfter) > m.cpus ? "  (busy machine: timings are noisy)" : ""}`,
  ];
  if (results.js) parts.push(jsTables(results.js), wholeReadTable(results.js));
  if (results.interaction) parts.push(interactionTable(results.interaction));
  if (results.lighthouse) parts.push(lighthouseTable(results.lighthouse));
  if (results.pipeline) parts.push(pipelineTables(results.pipeline));
  if (results.upload) parts.push(uploadTable(results.upload));
  if (results.memory) parts.push(memoryTable(results.memory));
  for (const [name, message] of Object.entries(results.failures ?? {})) {
    parts.push(`\n${name}: FAILED (${message.split("\n")[0]})`);
  }
  const rows = budgets(results);
  results.budgets = rows.map(([budget, measured, limit, ok]) => ({
    budget,
    measured,
    limit,
    met: ok,
  }));
  parts.push(
    table(
      "Budgets (DESIGN.md)",
      ["budget", "measured", "limit", "status"],
      rows.map(([b, v, l, ok]) => [b, v, l, met(ok)]),
    ),
  );
  return parts.join("\n");
}
