// What a valid row of capacities.csv is: a pipeline's capacity, contract level or agreement as a
// dated fact, so a chart draws it only from the date it applies and says how firm it is.
import { problem } from "./messages";
import { CAPACITY_STATUSES, type Capacity, type CapacityStatus } from "./types";
import type { TableSchema } from "./validate-table";
import {
  coerceDate,
  coerceDecimal,
  coerceIdentifier,
  coerceRequiredText,
  type Coerced,
} from "./columns";
import { RowCollector, sourceCheck } from "./row-collector";

export const CAPACITY_COLUMNS = [
  "route",
  "valid_from",
  "value",
  "unit",
  "status",
  "basis",
  "source_id",
  "note",
] as const;
type CapacityColumn = (typeof CAPACITY_COLUMNS)[number];

const CAPACITY_BASES = ["reported", "derived"] as const;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a year is as precise as some agreements are). */
function coerceValidFrom(text: string): Coerced<string> {
  if (/^\d{4}$/.test(text) && Number(text) >= 1990 && Number(text) <= 2100) {
    return { ok: true, value: text };
  }
  const date = coerceDate(text);
  if (date.ok) return date;
  return { ok: false, ...problem("bad_date", text, "YYYY-MM-DD, YYYY-MM or YYYY") };
}

function coerceOneOf<T extends string>(
  text: string,
  allowed: readonly T[],
  what: "basis" | "status",
): Coerced<T> {
  if ((allowed as readonly string[]).includes(text)) return { ok: true, value: text as T };
  return { ok: false, ...problem(`bad_${what}`, text, allowed) };
}

/** Rows keyed by route and date: one value per route from a given date. */
export function capacitiesSchema(
  knownSourceIds: ReadonlySet<string>,
): TableSchema<Capacity, CapacityColumn> {
  return {
    dataset: "capacities",
    columns: CAPACITY_COLUMNS,
    primaryKey: ["route", "valid_from"],
    coerceRow(cells, at, row, errors) {
      const c = new RowCollector(cells, at, row, errors);
      const route = c.take("route", coerceIdentifier(c.cell("route")));
      const validFrom = c.take("valid_from", coerceValidFrom(c.cell("valid_from")));
      const valueText = c.cell("value");
      const value = c.take("value", coerceDecimal(valueText));
      if (value !== undefined && value <= 0) {
        c.problem("value", problem("not_positive", valueText, "a capacity"));
      }
      const unit = c.take("unit", coerceRequiredText(c.cell("unit")));
      const status = c.take(
        "status",
        coerceOneOf<CapacityStatus>(c.cell("status"), CAPACITY_STATUSES, "status"),
      );
      const basis = c.take("basis", coerceOneOf(c.cell("basis"), CAPACITY_BASES, "basis"));
      const sourceId = c.take("source_id", coerceIdentifier(c.cell("source_id")));
      sourceCheck(knownSourceIds, c, sourceId);
      const note = c.cell("note");
      if (basis === "derived" && note.trim() === "") {
        c.problem("note", problem("missing_formula"));
      }
      if (c.failed || !route || !validFrom || value === undefined || !unit || !status) return null;
      if (!basis || !sourceId) return null;
      return { row, route, validFrom, value, valueText, unit, status, basis, sourceId, note };
    },
  };
}
