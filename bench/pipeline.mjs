// The CSV pipeline against bare parsers, on the same generated text (run under tsx: it imports
// lib/ as TypeScript). Timed in rounds, each approach once per round in turn, so drift in the
// machine's speed hits them alike; the figure is the median over rounds, after a warm-up round.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { csvParse } from "d3-dsv";
import Papa from "papaparse";
import { readCsvText } from "../lib/csv/read.ts";
import { tidySchema } from "../lib/data/schemas.ts";
import { validateCsvText } from "../lib/data/validate.ts";
import { computeMetrics } from "../lib/metrics/registry.ts";
import { loadBundle } from "../lib/server/load-data.ts";
import { DATASETS } from "../lib/data/datasets.ts";
import { benchSpec, generateTidyCsv } from "./csv-gen.mjs";

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The published bundle and the ids of its sources, which generated rows cite. */
export async function loadPublished(root) {
  const published = await loadBundle(path.join(root, "data"));
  return { published, sourceIds: published.sources.map((s) => s.id) };
}

/** What the project does with a reader's crude_annual file: read, validate, recompute. */
function projectPipeline(text, schema, published) {
  const report = validateCsvText(text, schema);
  const bundle = { ...published, datasets: { ...published.datasets, crude_annual: report.valid } };
  const metrics = computeMetrics(bundle);
  return { rows: report.rows, valid: report.valid.length, metrics: metrics.length };
}

/**
 * Each approach: a name and a function of the text; `project` is the one the budget is about.
 * `project, crude_annual schema` is what the browser upload does with the same file: the
 * published schema rejects the bench-only series (three rows in four), the error path.
 */
function approaches(published) {
  const sourceIds = new Set(published.sources.map((s) => s.id));
  const schema = tidySchema(benchSpec(), sourceIds);
  const crudeSchema = tidySchema(
    DATASETS.find((d) => d.name === "crude_annual"),
    sourceIds,
  );
  return {
    project: (text) => projectPipeline(text, schema, published),
    "project, crude_annual schema": (text) => projectPipeline(text, crudeSchema, published),
    "project reader only": (text) => ({ rows: readCsvText(text).records.length }),
    papaparse: (text) => ({ rows: Papa.parse(text, { delimiter: "," }).data.length - 1 }),
    "d3-dsv": (text) => ({ rows: csvParse(text).length }),
  };
}

const collectGarbage = () => globalThis.gc?.();

/** Median milliseconds per approach for one text, over `rounds` rounds after one warm-up. */
function timeApproaches(text, fns, rounds) {
  const times = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  const results = {};
  for (let round = -1; round < rounds; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      collectGarbage();
      const start = performance.now();
      const result = fn(text);
      const ms = performance.now() - start;
      if (round >= 0) times[name].push(ms);
      results[name] = result;
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, ms]) => [
      name,
      { medianMs: median(ms), runsMs: ms.map((t) => Number(t.toFixed(1))), ...results[name] },
    ]),
  );
}

/** Least-squares fit of ms = intercept + slope × rows. */
function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.rows, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.rows - mx) * (p.ms - my), 0);
  const sxx = points.reduce((s, p) => s + (p.rows - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slopeMsPerRow: slope, interceptMs: my - slope * mx };
}

// Five at every size (three at 1M until session 12): in nine rounds at 1M, three strayed from
// the median ratio by a tenth or more (BENCHMARKS.md, "Session 12").
const ROUNDS = 5;

/**
 * Times every approach at every size. Returns { sizes: [{rows, bytes, approaches}], growth }.
 * `log` gets a line per size as it finishes.
 */
export async function benchPipeline(root, sizes, { rounds, log = () => {} } = {}) {
  const { published, sourceIds } = await loadPublished(root);
  const fns = approaches(published);
  const out = [];
  for (const rows of sizes) {
    const text = generateTidyCsv(rows, { sourceIds });
    const timed = timeApproaches(text, fns, rounds ?? ROUNDS);
    out.push({ rows, bytes: Buffer.byteLength(text), approaches: timed });
    log(
      `pipeline ${rows} rows: ${Object.entries(timed)
        .map(([k, v]) => `${k} ${v.medianMs.toFixed(1)} ms`)
        .join(", ")}`,
    );
  }
  const growth = {};
  for (const name of Object.keys(fns)) {
    const points = out.map((s) => ({ rows: s.rows, ms: s.approaches[name].medianMs }));
    const first = points[0];
    const last = points[points.length - 1];
    growth[name] = {
      ...linearFit(points),
      perRowRatioLargestToSmallest: last.ms / last.rows / (first.ms / first.rows),
    };
  }
  return { sizes: out, growth };
}
