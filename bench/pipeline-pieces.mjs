// Each piece of the CSV fast path against its plain definition, on the cells of the generated
// 1M-row file (ARCHITECTURE.md, "The fast path"). Not part of `npm run bench`: run it when a
// piece's header comment needs its measured gain again.
//   npx tsx --expose-gc bench/pipeline-pieces.mjs [rows] [rounds]
// Timed in rounds, the two definitions in turn (order swapped every round), median wall and CPU
// milliseconds after a warm-up round; what each row keeps is kept (an array of results) and
// collected inside the timing, so the garbage each definition leaves is counted.
import os from "node:os";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { benchSpec, generateTidyCsv } from "./csv-gen.mjs";
import { DATASETS } from "../lib/data/datasets.ts";
import { createFirstRows } from "../lib/data/fast/first-rows.ts";
import { memoMessages } from "../lib/data/fast/message-memo.ts";
import { periodCode, periodOf } from "../lib/data/fast/period-code.ts";
import { problem } from "../lib/data/messages.ts";
import { parsePeriod } from "../lib/data/period.ts";

const rows = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 7);
const cells = Papa.parse(generateTidyCsv(rows, { sourceIds: ["s"] }), { delimiter: "," }).data;
const column = (i) => cells.slice(1).map((r) => r[i] ?? "");
const periods = column(0).slice(0, rows);
const crude = DATASETS.find((d) => d.name === "crude_annual");
const seriesList = Object.keys(crude.series).join(", ");
const unknownSeries = column(1).filter((s) => !Object.hasOwn(crude.series, s));
// The keys tidySchema(benchSpec()) gives (period code, series, unit), in the file's order.
const series = Object.keys(benchSpec().series);
const units = benchSpec().units;
const keys = [];
for (const r of cells.slice(1)) {
  const [p, s, u] = [periodCode(r[0] ?? ""), series.indexOf(r[1]), units.indexOf(r[3])];
  if (p >= 0 && s >= 0 && u >= 0) keys.push((p * series.length + s) * units.length + u);
}

const plainFirstRows = () => {
  const first = new Map();
  return (key, row) => {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row);
    return seen;
  };
};
const firstRowsWith = (make) => () => {
  const firstRowOf = make();
  return keys.map((k, i) => firstRowOf(k, i + 2));
};
const describeSeries = (s) => problem("unknown_series", s, crude.name, seriesList).message;

const PIECES = {
  "period-code.ts": {
    cells: periods.length,
    fast: () => periods.map(periodOf),
    plain: () => periods.map(parsePeriod),
  },
  "first-rows.ts": {
    cells: keys.length,
    fast: firstRowsWith(createFirstRows),
    plain: firstRowsWith(plainFirstRows),
  },
  "message-memo.ts": {
    cells: unknownSeries.length,
    fast: () => unknownSeries.map(memoMessages(describeSeries)),
    plain: () => unknownSeries.map(describeSeries),
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const gc = () => globalThis.gc?.();
console.log(
  `${new Date().toISOString()} · ${rows} rows · ${rounds} rounds · load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
for (const [name, piece] of Object.entries(PIECES)) {
  const ms = { fast: [], plain: [] };
  const cpu = { fast: [], plain: [] };
  for (let round = -1; round < rounds; round++) {
    for (const which of round % 2 ? ["fast", "plain"] : ["plain", "fast"]) {
      gc();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const kept = piece[which]();
      gc();
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (kept.length !== piece.cells) throw new Error(`${name}: ${kept.length} results`);
      if (round >= 0) {
        ms[which].push(t);
        cpu[which].push((c.user + c.system) / 1000);
      }
    }
  }
  const line = (which) =>
    `${which} ${median(ms[which]).toFixed(0)} ms (CPU ${median(cpu[which]).toFixed(0)})`;
  console.log(`${name.padEnd(16)} ${piece.cells} cells: ${line("fast")}, ${line("plain")}`);
}
