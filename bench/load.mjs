// npm run load: a bounded load test of `next start` on the loopback interface only.
//
//   npm run load                        100 connections, 10 s per route
//   npm run load -- --connections 20 --seconds 3
//
// Starts the production build on a free 127.0.0.1 port (building first when a source is newer
// than .next), sends each route 100 concurrent connections for a fixed time, prints requests/s,
// latency percentiles, non-2xx answers and errors per route, and always stops the server.
// Requests ask for gzip, as browsers do.
// Exits 1 when any request failed or answered other than 2xx.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { machine } from "./machine.mjs";
import { ensureBuild, startNext } from "./server.mjs";
import { count, ms, table } from "./table.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROUTES = ["/", "/data/crude_annual.csv", "/data/metrics.csv", "/data/sources.csv"];

const { values: flags } = parseArgs({
  options: {
    connections: { type: "string", default: "100" },
    seconds: { type: "string", default: "10" },
    out: { type: "string" },
  },
});
const connections = Number(flags.connections);
const seconds = Number(flags.seconds);
// A hard ceiling whatever the options: this is a bounded test, not a soak.
if (!(connections >= 1 && connections <= 1000 && seconds > 0 && seconds <= 60)) {
  console.error("--connections must be 1–1000 and --seconds 1–60");
  process.exit(2);
}

function hammer(url) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      // As a browser asks: `next start` then compresses every answer, which is part of its cost.
      { url, connections, duration: seconds, timeout: 10, headers: { "accept-encoding": "gzip" } },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    // Its own stop too, in case the duration does not end it.
    const guard = setTimeout(() => instance.stop(), (seconds + 15) * 1000);
    instance.on("done", () => clearTimeout(guard));
  });
}

const summary = (route, r) => ({
  route,
  requests: r.requests.total,
  requestsPerSecond: r.requests.average,
  bytesPerSecond: r.throughput.average,
  latencyMs: {
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
  },
  non2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
});

const info = machine();
await ensureBuild(ROOT, "app");
const server = await startNext(ROOT, { label: "app", firstPort: 3400 });
const results = [];
try {
  for (const route of ROUTES) {
    console.error(`[load] ${route}: ${connections} connections for ${seconds} s`);
    results.push(summary(route, await hammer(`${server.url}${route}`)));
  }
} finally {
  await server.stop();
}

console.log(
  `Load test ${info.date} · ${info.cpus} cores · node ${info.node} · ${connections} connections, ${seconds} s per route, next start on 127.0.0.1 (load average before ${info.loadAverage.join(" ")})`,
);
console.log(
  table(
    "Per route (latency in ms)",
    [
      "route",
      "requests",
      "req/s",
      "MB/s",
      "p50",
      "p90",
      "p99",
      "max",
      "non-2xx",
      "errors",
      "timeouts",
    ],
    results.map((r) => [
      r.route,
      count(r.requests),
      count(Math.round(r.requestsPerSecond)),
      (r.bytesPerSecond / 1e6).toFixed(1),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p90),
      ms(r.latencyMs.p99),
      ms(r.latencyMs.max),
      count(r.non2xx),
      count(r.errors),
      count(r.timeouts),
    ]),
  ),
);
const outFile = path.resolve(flags.out ?? path.join(ROOT, "bench", "out", "load.json"));
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  `${JSON.stringify({ machine: info, connections, seconds, results }, null, 2)}\n`,
);
const failed = results.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0);
console.log(
  failed.length
    ? `\nFAILED: ${failed.map((r) => r.route).join(", ")} had errors or non-2xx answers`
    : "\nok: every request answered 2xx",
);
process.exitCode = failed.length ? 1 : 0;
