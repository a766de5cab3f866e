// What a valid row is, for each kind of file in data/.
import type { Factor, Observation, RowError, Source, TimelineEvent } from "./types";
import type { DatasetSpec } from "./datasets";
import { TIDY_COLUMNS } from "./datasets";
import type { RowResult, TableSchema } from "./validate-table";
import {
  coerceBasis,
  coerceDate,
  coerceDecimal,
  coerceIdentifier,
  coercePeriod,
  coerceRequiredText,
  type Coerced,
} from "./columns";
import { isUnit, UNIT_RULES } from "./units";
import { clip } from "./clip";

/** Collects a row's cell errors so every problem of a row is reported, not just the first. */
class RowCollector {
  // Most rows are valid: the list is only made for the first problem.
  errors: RowError[] = NO_ERRORS;
  constructor(private readonly row: number) {}
  take<T>(column: string, result: Coerced<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(column, result.code, result.message);
    return undefined;
  }
  add(column: string, code: string, message: string) {
    if (this.errors === NO_ERRORS) this.errors = [];
    this.errors.push({ row: this.row, column, code, message });
  }
}

const NO_ERRORS: RowError[] = [];
const rowCollector = (row: number) => new RowCollector(row);

function sourceCheck(knownSourceIds: ReadonlySet<string>, c: RowCollector, id: string | undefined) {
  if (id !== undefined && !knownSourceIds.has(id)) {
    c.add("source_id", "unknown_source", `Source "${clip(id)}" is not in sources.csv.`);
  }
}

export function tidySchema(
  spec: DatasetSpec,
  knownSourceIds: ReadonlySet<string>,
): TableSchema<Observation> {
  return {
    dataset: spec.name,
    columns: TIDY_COLUMNS,
    keyColumns: "period, series and unit",
    key: (o) => `${o.period.label}\u0000${o.series}\u0000${o.unit}`,
    coerceRow(cells, row): RowResult<Observation> {
      const c = rowCollector(row);
      const period = c.take("period", coercePeriod(cells.period ?? ""));
      const seriesText = cells.series ?? "";
      if (!Object.hasOwn(spec.series, seriesText)) {
        c.add(
          "series",
          "unknown_series",
          `"${clip(seriesText)}" is not a series of ${spec.name}; use one of: ${Object.keys(spec.series).join(", ")}.`,
        );
      }
      const value = c.take("value", coerceDecimal(cells.value ?? ""));
      const unitText = cells.unit ?? "";
      const unit =
        isUnit(unitText) && (spec.units as readonly string[]).includes(unitText)
          ? unitText
          : undefined;
      if (unit === undefined) {
        c.add(
          "unit",
          "unknown_unit",
          `"${clip(unitText)}" is not a unit of ${spec.name}; use one of: ${spec.units.join(", ")}.`,
        );
      }
      if (value !== undefined && unit !== undefined) {
        const rule = UNIT_RULES[unit];
        if (value < 0 && !rule.negativeAllowed) {
          c.add(
            "value",
            "negative_value",
            `${clip(cells.value ?? "")} ${unit} is negative; a volume cannot be.`,
          );
        } else if (Math.abs(value) > rule.maxAbs) {
          c.add(
            "value",
            "implausible_value",
            `${clip(cells.value ?? "")} ${unit} is beyond any plausible figure (more than ${rule.maxAbs.toLocaleString("en-US")} ${unit}).`,
          );
        } else {
          const bound = spec.bounds?.[seriesText];
          if (bound && value < bound.min) {
            c.add(
              "value",
              "negative_value",
              `${clip(cells.value ?? "")} ${unit} is below ${bound.min}; ${bound.what} cannot be.`,
            );
          } else if (bound && value > bound.max) {
            c.add(
              "value",
              "implausible_value",
              `${clip(cells.value ?? "")} ${unit} is above ${bound.max}; ${bound.what} cannot be.`,
            );
          }
        }
      }
      const basis = c.take("basis", coerceBasis(cells.basis ?? ""));
      const sourceId = c.take("source_id", coerceIdentifier(cells.source_id ?? ""));
      sourceCheck(knownSourceIds, c, sourceId);
      const note = cells.note ?? "";
      if (basis === "derived" && note.trim() === "") {
        c.add("note", "missing_formula", "A derived value needs its formula in the note.");
      }
      if (c.errors.length > 0 || !period || value === undefined || !unit || !basis || !sourceId) {
        return { value: null, errors: c.errors };
      }
      return {
        value: {
          dataset: spec.name,
          row,
          period,
          series: seriesText,
          value,
          valueText: cells.value ?? "",
          unit,
          basis,
          sourceId,
          note,
        },
        errors: [],
      };
    },
  };
}

export const SOURCE_COLUMNS = ["id", "publisher", "via", "title", "date", "url", "quote"] as const;

export const sourcesSchema: TableSchema<Source> = {
  dataset: "sources",
  columns: SOURCE_COLUMNS,
  keyColumns: "id",
  key: (s) => s.id,
  coerceRow(cells, row) {
    const c = rowCollector(row);
    const id = c.take("id", coerceIdentifier(cells.id ?? ""));
    const publisher = c.take("publisher", coerceRequiredText(cells.publisher ?? ""));
    const quote = c.take("quote", coerceRequiredText(cells.quote ?? ""));
    const date = cells.date ?? "";
    if (date !== "") c.take("date", coerceDate(date));
    const url = cells.url ?? "";
    if (url !== "" && !/^(https?:\/\/\S+|shared\/\S+)$/.test(url)) {
      c.add("url", "bad_url", `"${clip(url)}" is not an http(s) address.`);
    }
    if (c.errors.length > 0 || !id || !publisher || !quote)
      return { value: null, errors: c.errors };
    return {
      value: { id, publisher, via: cells.via ?? "", title: cells.title ?? "", date, url, quote },
      errors: [],
    };
  },
};

export const FACTOR_COLUMNS = ["id", "value", "low", "high", "unit", "source_id", "note"] as const;

export function factorsSchema(knownSourceIds: ReadonlySet<string>): TableSchema<Factor> {
  return {
    dataset: "factors",
    columns: FACTOR_COLUMNS,
    keyColumns: "id",
    key: (f) => f.id,
    coerceRow(cells, row) {
      const c = rowCollector(row);
      const id = c.take("id", coerceIdentifier(cells.id ?? ""));
      const value = c.take("value", coerceDecimal(cells.value ?? ""));
      const low = c.take("low", coerceDecimal(cells.low ?? ""));
      const high = c.take("high", coerceDecimal(cells.high ?? ""));
      const unit = c.take("unit", coerceRequiredText(cells.unit ?? ""));
      const sourceId = c.take("source_id", coerceIdentifier(cells.source_id ?? ""));
      sourceCheck(knownSourceIds, c, sourceId);
      if (
        value !== undefined &&
        low !== undefined &&
        high !== undefined &&
        !(low <= value && value <= high)
      ) {
        c.add(
          "value",
          "range_order",
          `Expected low ≤ value ≤ high, got ${cells.low} ≤ ${clip(cells.value ?? "")} ≤ ${cells.high}.`,
        );
      }
      if (value !== undefined && value <= 0)
        c.add("value", "negative_value", "A conversion factor must be positive.");
      if (
        c.errors.length > 0 ||
        !id ||
        value === undefined ||
        low === undefined ||
        high === undefined ||
        !unit ||
        !sourceId
      ) {
        return { value: null, errors: c.errors };
      }
      return {
        value: { id, value, low, high, unit, sourceId, note: cells.note ?? "" },
        errors: [],
      };
    },
  };
}

export const EVENT_COLUMNS = ["date", "label", "detail", "source_id"] as const;

export function eventsSchema(knownSourceIds: ReadonlySet<string>): TableSchema<TimelineEvent> {
  return {
    dataset: "events",
    columns: EVENT_COLUMNS,
    keyColumns: "date and label",
    key: (e) => `${e.date}\u0000${e.label}`,
    coerceRow(cells, row) {
      const c = rowCollector(row);
      const date = c.take("date", coerceDate(cells.date ?? ""));
      const label = c.take("label", coerceRequiredText(cells.label ?? ""));
      const sourceId = c.take("source_id", coerceIdentifier(cells.source_id ?? ""));
      sourceCheck(knownSourceIds, c, sourceId);
      if (c.errors.length > 0 || !date || !label || !sourceId)
        return { value: null, errors: c.errors };
      return { value: { date, label, detail: cells.detail ?? "", sourceId }, errors: [] };
    },
  };
}
