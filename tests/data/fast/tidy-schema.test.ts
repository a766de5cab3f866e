// tidySchema's coerceRow (lookups built once, shared periods, no Coerced objects on the accepted
// path) against the plain definition of a tidy row written cell by cell, as the small files'
// schemas are, from parsePeriod, the plain-decimal pattern and Number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDataset } from "@/lib/data/datasets";
import { coerceBasis, coerceDecimal, coerceIdentifier } from "@/lib/data/columns";
import { problem } from "@/lib/data/messages";
import { parsePeriod } from "@/lib/data/period";
import { RowCollector } from "@/lib/data/row-collector";
import { tidySchema } from "@/lib/data/schemas";
import { rangeProblem, type TidyColumn } from "@/lib/data/tidy-problems";
import type { Observation, RowError } from "@/lib/data/types";
import { isUnit, UNIT_RULES } from "@/lib/data/units";
import { TIDY_COLUMNS } from "@/lib/data/datasets";

const SPEC = findDataset("crude_annual")!;
const SOURCES = new Set(["s", "reuters_2024", "Bad Id"]);
const AT = Object.fromEntries(TIDY_COLUMNS.map((c, i) => [c, i])) as Record<TidyColumn, number>;
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** The plain definition: every cell coerced on its own, in the columns' order. */
function plainRow(cells: string[], row: number, errors: RowError[]): Observation | null {
  const c = new RowCollector<TidyColumn>(cells, AT, row, errors);
  const periodText = c.cell("period");
  const period = parsePeriod(periodText);
  if (period === null) c.problem("period", problem("bad_period", periodText));
  const series = c.cell("series");
  if (!Object.hasOwn(SPEC.series, series)) {
    c.problem(
      "series",
      problem("unknown_series", series, SPEC.name, Object.keys(SPEC.series).join(", ")),
    );
  }
  const valueText = c.cell("value");
  const value = PLAIN_DECIMAL.test(valueText) ? Number(valueText) : undefined;
  if (value === undefined) c.take("value", coerceDecimal(valueText));
  const unitText = c.cell("unit");
  const unit =
    (SPEC.units as string[]).includes(unitText) && isUnit(unitText) ? unitText : undefined;
  if (unit === undefined)
    c.problem("unit", problem("unknown_unit", unitText, SPEC.name, SPEC.units.join(", ")));
  if (value !== undefined && unit !== undefined) {
    const bound =
      SPEC.bounds && Object.hasOwn(SPEC.bounds, series) ? SPEC.bounds[series] : undefined;
    const range = rangeProblem(value, valueText, unit, UNIT_RULES[unit], bound);
    if (range) c.problem("value", range);
  }
  const basis = c.take("basis", coerceBasis(c.cell("basis")));
  const sourceId = c.cell("source_id");
  const id = coerceIdentifier(sourceId);
  if (!id.ok) c.take("source_id", id);
  else if (!SOURCES.has(sourceId)) c.problem("source_id", problem("unknown_source", sourceId));
  const note = c.cell("note");
  if (basis === "derived" && note.trim() === "") c.problem("note", problem("missing_formula"));
  if (c.failed || !period || value === undefined || !unit || !basis) return null;
  return { dataset: SPEC.name, row, period, series, value, valueText, unit, basis, sourceId, note };
}

/** Each column's cells: valid ones and near misses (case, spaces, a neighbouring value). */
const CELLS: Record<TidyColumn, string[]> = {
  period: [
    "2023",
    "2023-06",
    "2023-01/09",
    "2018/2019",
    "2023-13",
    "2023 ",
    "1989",
    "2019/2019",
    "",
    "2023-6",
  ],
  series: [
    "russia",
    "russia_share",
    "china_total",
    "Russia",
    "russia ",
    "bench_01",
    "",
    "saudi-arabia",
  ],
  value: [
    "107.02",
    "0",
    "-5",
    "150",
    "1,234",
    "n/a",
    "",
    "01",
    "1e3",
    "99999999",
    "0.30000000000000004",
    " 5",
    "5.",
  ],
  unit: ["Mt", "mb/d", "%", "bcm", "mt", "Mt ", "", "USD/bbl"],
  basis: ["reported", "derived", "estimate", "Reported", "", "measured"],
  source_id: ["s", "reuters_2024", "unknown_id", "Bad Id", "", "s "],
  note: ["", "  ", "customs", 'said "about", roughly'],
};

const rowCells = fc.tuple(...TIDY_COLUMNS.map((c) => fc.constantFrom(...CELLS[c])));

describe("tidySchema(crude_annual).coerceRow, the fast path", () => {
  const schema = tidySchema(SPEC, SOURCES);

  it("gives the plain definition's row and errors, for rows built from valid cells and near misses (fast-check, seeded)", () => {
    fc.assert(
      fc.property(rowCells, fc.integer({ min: 2, max: 1_000_000 }), (cells, row) => {
        const fastErrors: RowError[] = [];
        const plainErrors: RowError[] = [];
        const fast = schema.coerceRow(cells, AT, row, fastErrors);
        expect(fast).toEqual(plainRow(cells, row, plainErrors));
        expect(fastErrors).toEqual(plainErrors);
      }),
      { seed: 20240516, numRuns: 5_000 },
    );
  });

  it.each([
    {
      description: "accepts a valid row, keeping the value as written beside its number",
      cells: ["2023-01/09", "russia", "107.50", "Mt", "reported", "s", ""],
      expected: { row: 7, series: "russia", value: 107.5, valueText: "107.50", unit: "Mt" },
      codes: [],
    },
    {
      description: "rejects a share over 100 % (the series' own bound) with one error",
      cells: ["2023", "russia_share", "100.5", "%", "reported", "s", ""],
      expected: null,
      codes: ["implausible_value"],
    },
    {
      description: "names every wrong cell of a row, in the columns' order",
      cells: ["2023-13", "Russia", "1,234", "mt", "Reported", "Bad Id", ""],
      expected: null,
      codes: [
        "bad_period",
        "unknown_series",
        "not_a_number",
        "unknown_unit",
        "unknown_basis",
        "bad_identifier",
      ],
    },
  ])("$description", ({ cells, expected, codes }) => {
    const errors: RowError[] = [];
    const row = schema.coerceRow(cells, AT, 7, errors);
    if (expected === null) expect(row).toBeNull();
    else expect(row).toMatchObject(expected);
    expect(errors.map((e) => e.code)).toEqual(codes);
  });
});
