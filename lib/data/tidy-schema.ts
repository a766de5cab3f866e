// What a valid row of a tidy dataset is.
//
// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", a
// 1,000,000-row upload read, validated and recomputed within 1.5× papaparse's own parse
// (BENCHMARKS.md, "pipeline"). A reader's file can hold a million of these rows, so the accepted
// path allocates nothing but the Observation: names come back as the dataset's own strings from
// lookups built once, periods as shared frozen objects, and the duplicate-key check uses a number.
// Error values (and their messages) are made only for the rows rejected. Plain definition: each
// cell coerced on its own into a Coerced value through a RowCollector, as schemas.ts does for the
// small files; tests/data/fast/tidy-schema.test.ts holds coerceRow equal to it (row and errors) on
// generated rows of valid cells and near misses. Measured gain (2026-11-30, code of 67b24be, load
// 5–7; BENCHMARKS.md, "Session 5"): the whole Node pipeline at 1M rows with the cell-by-cell
// coerceRow took 10.8 s against 7.3 s, 15.6 against 8.0, CPU 10.3 against 8.4 (three interleaved
// runs, medians of 3–5 rounds).
import { problem } from "./messages";
import type { DatasetSpec } from "./datasets";
import { TIDY_COLUMNS } from "./datasets";
import type { Observation, Unit } from "./types";
import type { TableSchema } from "./validate-table";
import { basisOf, coerceBasis, coerceDecimal, coerceIdentifier, coercePeriod } from "./columns";
import { plainDecimalValue } from "./fast/decimal";
import { periodAt, periodCode } from "./fast/period-code";
import { isUnit, UNIT_RULES } from "./units";
import { memoMessages } from "./fast/message-memo";
import { ownCopy } from "./fast/own-copy";
import { failWith, rangeProblem, sourceIdProblem, type TidyColumn } from "./tidy-problems";

/** Each name's position in `names`, for lookups that give back the listed string itself. */
const positionsIn = (names: readonly string[]) => new Map(names.map((name, i) => [name, i]));

export function tidySchema(
  spec: DatasetSpec,
  knownSourceIds: ReadonlySet<string>,
): TableSchema<Observation, TidyColumn> {
  // Imported functions and tables read once: a bundler compiles each read of an imported binding
  // into a getter call, which would be paid once per cell.
  const [codeOf, periodWith, decimalOf, basisNamed, copyOf] = [
    periodCode,
    periodAt,
    plainDecimalValue,
    basisOf,
    ownCopy,
  ];
  const seriesNames = Object.keys(spec.series);
  const seriesAt = positionsIn(seriesNames);
  const units = spec.units.filter(isUnit);
  const rulesAt = units.map((unit) => UNIT_RULES[unit]);
  const knownIds = [...knownSourceIds].filter((id) => coerceIdentifier(id).ok);
  const knownIdAt = positionsIn(knownIds);
  // A series' bounds, by its position; an unknown series has none (its row is rejected anyway).
  const boundsAt = seriesNames.map((name) =>
    spec.bounds && Object.hasOwn(spec.bounds, name) ? spec.bounds[name] : undefined,
  );
  const seriesList = seriesNames.join(", ");
  const unitList = spec.units.join(", ");
  const unknownSeries = memoMessages(
    (text) => problem("unknown_series", text, spec.name, seriesList).message,
  );
  const unknownUnit = memoMessages(
    (text) => problem("unknown_unit", text, spec.name, unitList).message,
  );
  const keyOf = (period: number, series: number, unit: number) =>
    (period * seriesNames.length + series) * units.length + unit;
  // The row just accepted and its key: the validator asks for the key of that very row next,
  // and the codes it is made of are at hand here, where the cells were read.
  let lastRow: Observation | null = null;
  let lastKey = 0;

  return {
    dataset: spec.name,
    columns: TIDY_COLUMNS,
    primaryKey: ["period", "series", "unit"],
    // periodCode is one-to-one on labels, and series and unit are positions in fixed lists.
    keyNumber: (o) =>
      o === lastRow
        ? lastKey
        : keyOf(periodCode(o.period.label), seriesAt.get(o.series)!, units.indexOf(o.unit)),
    coerceRow(cells, at, row, errors): Observation | null {
      const errorsBefore = errors.length;
      const periodText = cells[at.period] ?? "";
      const code = codeOf(periodText);
      const period = code < 0 ? null : periodWith(code, periodText);
      if (period === null) failWith(errors, row, "period", coercePeriod(periodText));

      const seriesText = cells[at.series] ?? "";
      const seriesIndex = seriesAt.get(seriesText) ?? -1;
      if (seriesIndex < 0) {
        const why = unknownSeries(seriesText);
        errors.push({ row, column: "series", code: "unknown_series", message: why });
      }

      const valueText = cells[at.value] ?? "";
      const value = decimalOf(valueText);
      if (value === undefined) failWith(errors, row, "value", coerceDecimal(valueText));

      const unitText = cells[at.unit] ?? "";
      // At most six units: comparing is cheaper than hashing the cell.
      const unitIndex = (units as readonly string[]).indexOf(unitText);
      const unit: Unit | undefined = unitIndex < 0 ? undefined : units[unitIndex];
      if (unit === undefined) {
        const why = unknownUnit(unitText);
        errors.push({ row, column: "unit", code: "unknown_unit", message: why });
      }
      if (value !== undefined && unit !== undefined) {
        const bound = seriesIndex < 0 ? undefined : boundsAt[seriesIndex];
        const range = rangeProblem(value, valueText, unit, rulesAt[unitIndex]!, bound);
        if (range) errors.push({ row, column: "value", ...range });
      }

      const basisText = cells[at.basis] ?? "";
      const basis = basisNamed(basisText);
      if (basis === undefined) failWith(errors, row, "basis", coerceBasis(basisText));

      const idText = cells[at.source_id] ?? "";
      const idIndex = knownIdAt.get(idText) ?? -1;
      if (idIndex < 0) sourceIdProblem(errors, row, idText, knownSourceIds);

      const note = cells[at.note] ?? "";
      if (basis === "derived" && note.trim() === "") {
        errors.push({ row, column: "note", ...problem("missing_formula") });
      }
      if (
        errors.length > errorsBefore ||
        period === null ||
        seriesIndex < 0 ||
        value === undefined ||
        unit === undefined ||
        basis === undefined ||
        idIndex < 0
      ) {
        return null;
      }
      lastRow = {
        dataset: spec.name,
        row,
        period,
        series: seriesNames[seriesIndex]!,
        value,
        valueText,
        unit,
        basis,
        sourceId: knownIds[idIndex]!,
        // The note is the one cell kept as cut from the file (the others are the dataset's own
        // strings, or short): a copy, so the row does not keep the file's text alive.
        note: copyOf(note),
      };
      lastKey = keyOf(code, seriesIndex, unitIndex);
      return lastRow;
    },
  };
}
