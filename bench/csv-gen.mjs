// Deterministic crude_annual-shaped CSV of any size, for timing the pipeline.
//
// Keys must stay unique, and crude_annual allows only 6 series × 3 units × 14,874 periods
// (every year, month, month span and year span from 1990 to 2100) = 267,732 keys: fewer than a
// million. So the file also uses 18 bench-only series (BENCH_SERIES), and benchSpec() is
// crude_annual with those series added — the same validation code, a wider series list. Keys are
// taken in a seeded random order, so a file of any size mixes periods, series and units alike
// (a quarter of the rows are crude_annual's own series). About 2% of the rows are invalid, in
// the ways readers' files are (thousands separators, unknown units, impossible months, ...).
import { DATASETS } from "../lib/data/datasets.ts";
import { EARLIEST_YEAR, LATEST_YEAR } from "../lib/data/period.ts";

const SEED = 20240516;
const INVALID_SHARE = 0.02;
const HEADER = "period,series,value,unit,basis,source_id,note";

const CRUDE = DATASETS.find((d) => d.name === "crude_annual");
const BENCH_SERIES = Array.from(
  { length: 18 },
  (_, i) => `bench_${String(i + 1).padStart(2, "0")}`,
);
const SERIES = [...Object.keys(CRUDE.series), ...BENCH_SERIES];
const UNITS = [...CRUDE.units];

/** crude_annual with the bench-only series added: a schema under which the keys stay unique. */
export function benchSpec() {
  const extra = Object.fromEntries(BENCH_SERIES.map((s) => [s, `Bench series ${s}`]));
  return { ...CRUDE, series: { ...CRUDE.series, ...extra } };
}

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, "0");

/** Every period label parsePeriod accepts. */
function allPeriods() {
  const periods = [];
  for (let y = EARLIEST_YEAR; y <= LATEST_YEAR; y++) {
    periods.push(String(y));
    for (let m = 1; m <= 12; m++) periods.push(`${y}-${pad(m)}`);
    for (let from = 1; from <= 12; from++) {
      for (let to = from + 1; to <= 12; to++) periods.push(`${y}-${pad(from)}/${pad(to)}`);
    }
    for (let to = y + 1; to <= LATEST_YEAR; to++) periods.push(`${y}/${to}`);
  }
  return periods;
}

const PERIODS = allPeriods();
export const KEY_SPACE = PERIODS.length * SERIES.length * UNITS.length;

// Values within each unit's plausible range, written as plain decimals.
const VALUE = { Mt: [0, 200, 2], "mb/d": [0, 5, 3], "%": [0, 100, 1] };

const NOTES = [
  "customs data",
  '"approximately (""about 665,000 barrels a day"")"',
  '"converted at 7.3 bbl/t, rounded"',
  '"two lines:\nJanuary–February published together"',
];

const INVALID = [
  (cells) => ({ ...cells, value: `"1,${cells.value}"` }), // thousands separator
  (cells) => ({ ...cells, value: "n/a" }),
  (cells) => ({ ...cells, unit: "kg" }),
  (cells) => ({ ...cells, period: "2023-13" }),
  (cells) => ({ ...cells, basis: "guess" }),
  (cells) => ({ ...cells, source_id: "nobody" }),
  (cells) => ({ ...cells, note: undefined }), // a ragged row: one field short
];

/** A seeded permutation of the first `n` of KEY_SPACE keys (partial Fisher–Yates). */
function keyOrder(n, random) {
  const keys = new Uint32Array(KEY_SPACE);
  for (let i = 0; i < KEY_SPACE; i++) keys[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (KEY_SPACE - i));
    const t = keys[i];
    keys[i] = keys[j];
    keys[j] = t;
  }
  return keys.subarray(0, n);
}

/**
 * `rows` data rows plus the header, as CSV text with LF line endings. The same seed and size
 * always give the same text.
 */
export function generateTidyCsv(rows, { sourceIds, seed = SEED } = {}) {
  if (rows > KEY_SPACE) throw new Error(`at most ${KEY_SPACE} unique keys, asked for ${rows}`);
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [HEADER];
  for (const key of keyOrder(rows, random)) {
    const unit = UNITS[key % UNITS.length];
    const series = SERIES[Math.floor(key / UNITS.length) % SERIES.length];
    const period = PERIODS[Math.floor(key / (UNITS.length * SERIES.length))];
    const [unitLow, unitHigh, digits] = VALUE[unit];
    // Some series are bounded more tightly than their unit (a share: 0 to 100).
    const bound = CRUDE.bounds?.[series];
    const low = Math.max(unitLow, bound?.min ?? -Infinity);
    const high = Math.min(unitHigh, bound?.max ?? Infinity);
    const r = random();
    const basis = r < 0.85 ? "reported" : r < 0.95 ? "estimate" : "derived";
    const noteRoll = random();
    const note =
      basis === "derived"
        ? '"derived: Mt × 7.3 / 365, as the source converts"'
        : noteRoll < 0.8
          ? ""
          : pick(NOTES);
    let cells = {
      period,
      series,
      value: (low + random() * (high - low)).toFixed(digits),
      unit,
      basis,
      source_id: pick(sourceIds),
      note,
    };
    if (random() < INVALID_SHARE) cells = pick(INVALID)(cells);
    const fields = [cells.period, cells.series, cells.value, cells.unit, cells.basis];
    fields.push(cells.source_id);
    if (cells.note !== undefined) fields.push(cells.note);
    lines.push(fields.join(","));
  }
  return `${lines.join("\n")}\n`;
}
