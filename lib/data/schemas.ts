// What a valid row is, for each kind of file in data/.
import type { Factor, RowError, Source, TimelineEvent } from "./types";
import type { ColumnPositions, TableSchema } from "./validate-table";
import {
  coerceDate,
  coerceDecimal,
  coerceIdentifier,
  coerceRequiredText,
  type Coerced,
} from "./columns";
import { clip } from "./clip";

export { tidySchema } from "./tidy-schema";

/**
 * Collects a row's cell errors so every problem of a row is reported, not just the first. For
 * the small files (sources, factors, events); tidy-schema.ts has its own, allocation-free path.
 */
class RowCollector<C extends string> {
  private readonly errorsBefore: number;
  constructor(
    private readonly cells: readonly string[],
    private readonly at: ColumnPositions<C>,
    private readonly row: number,
    private readonly errors: RowError[],
  ) {
    this.errorsBefore = errors.length;
  }
  cell(column: C): string {
    return this.cells[this.at[column]] ?? "";
  }
  take<T>(column: C, result: Coerced<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(column, result.code, result.message);
    return undefined;
  }
  add(column: C, code: string, message: string) {
    this.errors.push({ row: this.row, column, code, message });
  }
  get failed(): boolean {
    return this.errors.length > this.errorsBefore;
  }
}

function sourceCheck<C extends string>(
  knownSourceIds: ReadonlySet<string>,
  c: RowCollector<C | "source_id">,
  id: string | undefined,
) {
  if (id !== undefined && !knownSourceIds.has(id)) {
    c.add("source_id", "unknown_source", `Source "${clip(id)}" is not in sources.csv.`);
  }
}

export const SOURCE_COLUMNS = ["id", "publisher", "via", "title", "date", "url", "quote"] as const;
type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const sourcesSchema: TableSchema<Source, SourceColumn> = {
  dataset: "sources",
  columns: SOURCE_COLUMNS,
  keyColumns: "id",
  key: (s) => s.id,
  coerceRow(cells, at, row, errors) {
    const c = new RowCollector(cells, at, row, errors);
    const id = c.take("id", coerceIdentifier(c.cell("id")));
    const publisher = c.take("publisher", coerceRequiredText(c.cell("publisher")));
    const quote = c.take("quote", coerceRequiredText(c.cell("quote")));
    const date = c.cell("date");
    if (date !== "") c.take("date", coerceDate(date));
    const url = c.cell("url");
    if (url !== "" && !/^(https?:\/\/\S+|shared\/\S+)$/.test(url)) {
      c.add("url", "bad_url", `"${clip(url)}" is not an http(s) address.`);
    }
    if (c.failed || !id || !publisher || !quote) return null;
    return { id, publisher, via: c.cell("via"), title: c.cell("title"), date, url, quote };
  },
};

export const FACTOR_COLUMNS = ["id", "value", "low", "high", "unit", "source_id", "note"] as const;
type FactorColumn = (typeof FACTOR_COLUMNS)[number];

export function factorsSchema(
  knownSourceIds: ReadonlySet<string>,
): TableSchema<Factor, FactorColumn> {
  return {
    dataset: "factors",
    columns: FACTOR_COLUMNS,
    keyColumns: "id",
    key: (f) => f.id,
    coerceRow(cells, at, row, errors) {
      const c = new RowCollector(cells, at, row, errors);
      const id = c.take("id", coerceIdentifier(c.cell("id")));
      const value = c.take("value", coerceDecimal(c.cell("value")));
      const low = c.take("low", coerceDecimal(c.cell("low")));
      const high = c.take("high", coerceDecimal(c.cell("high")));
      const unit = c.take("unit", coerceRequiredText(c.cell("unit")));
      const sourceId = c.take("source_id", coerceIdentifier(c.cell("source_id")));
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
          `Expected low ≤ value ≤ high, got ${c.cell("low")} ≤ ${clip(c.cell("value"))} ≤ ${c.cell("high")}.`,
        );
      }
      if (value !== undefined && value <= 0)
        c.add("value", "negative_value", "A conversion factor must be positive.");
      if (
        c.failed ||
        !id ||
        value === undefined ||
        low === undefined ||
        high === undefined ||
        !unit ||
        !sourceId
      ) {
        return null;
      }
      return { id, value, low, high, unit, sourceId, note: c.cell("note") };
    },
  };
}

export const EVENT_COLUMNS = ["date", "label", "detail", "source_id"] as const;
type EventColumn = (typeof EVENT_COLUMNS)[number];

export function eventsSchema(
  knownSourceIds: ReadonlySet<string>,
): TableSchema<TimelineEvent, EventColumn> {
  return {
    dataset: "events",
    columns: EVENT_COLUMNS,
    keyColumns: "date and label",
    key: (e) => `${e.date}\u0000${e.label}`,
    coerceRow(cells, at, row, errors) {
      const c = new RowCollector(cells, at, row, errors);
      const date = c.take("date", coerceDate(c.cell("date")));
      const label = c.take("label", coerceRequiredText(c.cell("label")));
      const sourceId = c.take("source_id", coerceIdentifier(c.cell("source_id")));
      sourceCheck(knownSourceIds, c, sourceId);
      if (c.failed || !date || !label || !sourceId) return null;
      return { date, label, detail: c.cell("detail"), sourceId };
    },
  };
}
