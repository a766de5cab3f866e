// npm run bench: measures the production build against baselines measured in the same run and
// prints one table per part, then the budgets from ARCHITECTURE.md; everything also goes to JSON.
//
//   npm run bench                          all parts (builds first when a source is newer)
//   npm run bench -- --quick               tiny sizes, no Lighthouse (proves the script works)
//   npm run bench -- --only pipeline --sizes 200,400
//
// Parts: js (JavaScript sent, against a bare Next.js page: at network idle, and over a whole
// read of the page), lighthouse, pipeline (read + validate + metrics against papaparse and
// d3-dsv, in Node), upload (the reader's upload in Chromium, against papaparse in the same
// browser), interaction (input → next paint per control at 4× CPU slowdown), memory (page and
// worker during and after an upload). Options: --only a,b  --sizes n,n,n
// --upload-rows n  --lighthouse-runs n  --pipeline-rounds n  --out FILE (default
// bench/out/results.json).
// Runs under tsx (the pipeline imports lib/ as TypeScript); --expose-gc steadies the timings.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { prepareBareApp } from "./bare-app.mjs";
import { KEY_SPACE } from "./csv-gen.mjs";
import { machine } from "./machine.mjs";
import { ensureBuild, startNext } from "./server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PARTS = ["js", "lighthouse", "pipeline", "upload", "interaction", "memory"];
const ROUTES = ["/", "/methodology", "/data"];

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

let flags;
try {
  ({ values: flags } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      sizes: { type: "string" },
      "upload-rows": { type: "string" },
      "lighthouse-runs": { type: "string" },
      "pipeline-rounds": { type: "string" },
      out: { type: "string" },
    },
  }));
} catch (err) {
  usage(err.message);
}

const only = flags.only ? flags.only.split(",").map((p) => p.trim()) : null;
const unknown = (only ?? []).filter((p) => !PARTS.includes(p));
if (unknown.length) usage(`unknown part(s): ${unknown.join(", ")}; parts are ${PARTS.join(", ")}`);
const wanted = (part) => (only ? only.includes(part) : !(flags.quick && part === "lighthouse"));

// Keys stay unique, so no generated file can have more rows than the generator has keys.
const MAX_ROWS = KEY_SPACE;
const isRowCount = (n) => Number.isInteger(n) && n >= 1 && n <= MAX_ROWS;
const sizes = (flags.sizes ?? (flags.quick ? "1000,2000,4000" : "10000,100000,1000000"))
  .split(",")
  .map(Number);
if (!sizes.every(isRowCount)) usage(`--sizes takes whole numbers from 1 to ${MAX_ROWS}`);
const uploadRows = Number(flags["upload-rows"] ?? Math.max(...sizes));
if (!isRowCount(uploadRows)) usage(`--upload-rows takes a whole number from 1 to ${MAX_ROWS}`);
// Five runs a page (three until session 12): nine runs of one build spread over 87–99 here.
const lighthouseRuns = Number(flags["lighthouse-runs"] ?? 5);
if (!(Number.isInteger(lighthouseRuns) && lighthouseRuns >= 1 && lighthouseRuns <= 9)) {
  usage("--lighthouse-runs takes a whole number from 1 to 9");
}
// Rounds per size after the warm-up; by default 5 (bench/pipeline.mjs).
const pipelineRounds =
  flags["pipeline-rounds"] === undefined ? undefined : Number(flags["pipeline-rounds"]);
if (
  pipelineRounds !== undefined &&
  !(Number.isInteger(pipelineRounds) && pipelineRounds >= 1 && pipelineRounds <= 15)
) {
  usage("--pipeline-rounds takes a whole number from 1 to 15");
}
const outFile = path.resolve(flags.out ?? path.join(ROOT, "bench", "out", "results.json"));
const outDir = path.dirname(outFile);
mkdirSync(outDir, { recursive: true });
const log = (line) => console.error(`[bench] ${line}`);

const results = { machine: machine(), options: { parts: PARTS.filter(wanted), sizes, uploadRows } };
const failures = {};
const servers = [];

// One part failing (a flaky Lighthouse trace, a server that will not start) does not throw
// away the others' figures: its error is printed and recorded, and the exit code is 1.
async function part(name, measure) {
  if (!wanted(name)) return;
  try {
    results[name] = await measure();
  } catch (err) {
    failures[name] = err instanceof Error ? err.message : String(err);
    log(`${name} failed: ${failures[name]}`);
  }
}

async function measureSite() {
  await ensureBuild(ROOT, "app");
  // PORT: where this checkout's server may listen (shared machines give each session its own).
  const firstPort = Number(process.env.PORT) || 3200;
  const app = await startNext(ROOT, { label: "app", firstPort });
  servers.push(app);
  let bare = null;
  if (wanted("js") || wanted("lighthouse")) {
    const prepared = prepareBareApp(ROOT);
    await ensureBuild(prepared.dir, "bare");
    bare = await startNext(prepared.dir, { label: "bare", firstPort: firstPort + 100 });
    servers.push(bare);
    results.bareApp = { dir: prepared.dir, versions: prepared.versions };
  }
  await part("js", async () => {
    const { measureScripts } = await import("./js-size.mjs");
    log("measuring JavaScript sent");
    return {
      bare: (await measureScripts(bare.url, ["/"]))["/"],
      routes: await measureScripts(app.url, ROUTES),
    };
  });
  await part("lighthouse", async () => {
    const { ensureLighthouse, lighthouse, LIGHTHOUSE_VERSION } = await import("./lighthouse.mjs");
    const install = await ensureLighthouse(ROOT);
    const out = { version: LIGHTHOUSE_VERSION, install, runs: lighthouseRuns, routes: {} };
    log(`Lighthouse: bare page (${lighthouseRuns} runs)`);
    out.bare = await lighthouse(ROOT, `${bare.url}/`, {
      runs: lighthouseRuns,
      outDir,
      name: "bare",
    });
    for (const route of ROUTES) {
      log(`Lighthouse: ${route} (${lighthouseRuns} runs)`);
      out.routes[route] = await lighthouse(ROOT, `${app.url}${route}`, {
        runs: lighthouseRuns,
        outDir,
        name: route === "/" ? "home" : route.slice(1),
      });
    }
    return out;
  });
  const uploadFile = async () => {
    const { writeUploadFile } = await import("./upload-file.mjs");
    return writeUploadFile(ROOT, uploadRows, path.join(outDir, "upload"));
  };
  await part("upload", async () => {
    const { benchUpload } = await import("./upload.mjs");
    const file = await uploadFile();
    log(`upload of ${uploadRows} rows (${file})`);
    return { rows: uploadRows, file, ...(await benchUpload(app.url, file)) };
  });
  await part("interaction", async () => {
    const { benchInteraction } = await import("./interaction.mjs");
    log("interaction latency per control at 4x CPU slowdown");
    return benchInteraction(app.url, flags.quick ? { presses: 2 } : {});
  });
  await part("memory", async () => {
    const { benchMemory } = await import("./memory.mjs");
    const file = await uploadFile();
    log(`memory during and after an upload of ${uploadRows} rows`);
    return benchMemory(app.url, file, uploadRows);
  });
}

await part("pipeline", async () => {
  const { benchPipeline } = await import("./pipeline.mjs");
  // --pipeline-rounds wins over --quick's single round.
  const rounds = pipelineRounds ?? (flags.quick ? 1 : undefined);
  return benchPipeline(ROOT, sizes, { rounds, log });
});
if (["js", "lighthouse", "upload", "interaction", "memory"].some(wanted)) {
  try {
    await measureSite();
  } catch (err) {
    failures.site = err instanceof Error ? err.message : String(err);
    log(`could not build or serve the site: ${failures.site}`);
  } finally {
    for (const server of servers) await server.stop();
  }
}
if (Object.keys(failures).length) results.failures = failures;

results.machine.loadAverageAfter = machine().loadAverage;
const { report } = await import("./report.mjs");
console.log(report(results));
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${path.relative(process.cwd(), outFile) || outFile}`);
process.exitCode = Object.keys(failures).length ? 1 : 0;
