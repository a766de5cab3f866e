// npm run --silent metrics -- [--data DIR] [--format table|csv|json]
import { computeMetrics } from "../metrics/registry";
import { metricsCsv } from "../export/tables";
import { formatRange, formatWithUnit } from "../format";
import { loadBundle, DEFAULT_DATA_DIR } from "../server/load-data";
import { fail, oneOf, parseArgs, writeOut } from "./args";

const FORMATS = ["table", "csv", "json"] as const;
const USAGE = "usage: metrics [--data DIR] [--format table|csv|json]";
const HELP = `${USAGE}

Computes every derived metric from the datasets, with its range and formula.

  --data DIR   the folder of dataset CSVs, sources.csv and factors.csv (default: ${DEFAULT_DATA_DIR})
  --format     table (default), csv (as /data/metrics.csv), or json: an array of
               {id, label, unit, value, low, high, formula, range_from, flags}
               (flags: inputs of another period used as a fallback; [] when none)
  -h, --help   this text

A file with rejected rows is reported on stderr (run validate for the details); its valid
rows are still used. Exit 2 when the folder cannot be read or the arguments are wrong.
`;

async function main() {
  const args = parseArgs(process.argv.slice(2), ["data", "format"]);
  if (!args.ok) fail("metrics", `${args.message}; ${USAGE}`);
  if (args.help) return writeOut(HELP);
  if (args.positional.length > 0) fail("metrics", `unexpected argument ${args.positional[0]}`);
  const format = oneOf(args.flags.format, FORMATS, "table");
  if (format === null) fail("metrics", `--format must be one of ${FORMATS.join(", ")}`);
  const dir = args.flags.data ?? DEFAULT_DATA_DIR;
  const bundle = await loadBundle(dir).catch((e: NodeJS.ErrnoException) =>
    fail("metrics", `cannot read data directory ${dir}: ${e.code ?? e.message}`),
  );
  const broken = bundle.reports.filter((r) => r.errors.length > 0);
  for (const r of broken) {
    process.stderr.write(
      `metrics: ${r.file}: ${r.rejected} of ${r.rows} rows rejected, ${r.errors.length} errors (run validate for details)\n`,
    );
  }
  const metrics = computeMetrics(bundle);
  if (format === "json") {
    const out = metrics.map(({ id, label, unit, value, low, high, formula, rangeFrom, flags }) => ({
      id,
      label,
      unit,
      value,
      low,
      high,
      formula,
      range_from: rangeFrom,
      flags,
    }));
    await writeOut(JSON.stringify(out, null, 2) + "\n");
  } else if (format === "csv") {
    await writeOut(metricsCsv(metrics));
  } else {
    const lines = metrics.map((m) => {
      const range = m.low !== m.high ? `  (${formatRange(m.low, m.high, m.unit)})` : "";
      const from = m.rangeFrom ? `\n    range from ${m.rangeFrom}` : "";
      return `${m.id.padEnd(46)} ${formatWithUnit(m.value, m.unit).padStart(16)}${range}\n    ${m.label}\n    = ${m.formula}${from}\n`;
    });
    await writeOut(lines.join(""));
  }
}

main().catch((e: unknown) => fail("metrics", e instanceof Error ? e.message : String(e)));
