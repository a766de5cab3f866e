// What a valid row is, for each kind of file in data/.
import { problem } from "./messages";
import {
  EVENT_TOPICS,
  type EventTopic,
  type Factor,
  type Source,
  type TimelineEvent,
} from "./types";
import type { TableSchema } from "./validate-table";
import {
  coerceDate,
  coerceDecimal,
  coerceIdentifier,
  coerceRequiredText,
  type Coerced,
} from "./columns";
import { clip } from "./clip";
import { RowCollector, sourceCheck } from "./row-collector";

export { tidySchema } from "./tidy-schema";
export { CAPACITY_COLUMNS, capacitiesSchema } from "./capacities-schema";
export { LEDGER_COLUMNS, ledgerSchema } from "../ledger/schema";

export const SOURCE_COLUMNS = ["id", "publisher", "via", "title", "date", "url", "quote"] as const;
type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const sourcesSchema: TableSchema<Source, SourceColumn> = {
  dataset: "sources",
  columns: SOURCE_COLUMNS,
  primaryKey: ["id"],
  coerceRow(cells, at, row, errors) {
    const c = new RowCollector(cells, at, row, errors);
    const id = c.take("id", coerceIdentifier(c.cell("id")));
    const publisher = c.take("publisher", coerceRequiredText(c.cell("publisher")));
    const quote = c.take("quote", coerceRequiredText(c.cell("quote")));
    const date = c.cell("date");
    if (date !== "") c.take("date", coerceDate(date));
    const url = c.cell("url");
    if (url !== "" && !/^(https?:\/\/\S+|shared\/\S+)$/.test(url)) {
      c.problem("url", problem("bad_url", url));
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
    primaryKey: ["id"],
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
        c.problem("value", problem("range_order", c.cell("low"), c.cell("value"), c.cell("high")));
      }
      if (value !== undefined && value <= 0) {
        c.problem("value", problem("not_positive", c.cell("value"), "a conversion factor"));
      }
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

/** `oil;prices` → ["oil", "prices"]: at least one topic, each from EVENT_TOPICS, none twice. */
function coerceTopics(text: string): Coerced<EventTopic[]> {
  const names = text.split(";").map((t) => t.trim());
  const known = EVENT_TOPICS as readonly string[];
  const bad = names.find((t) => !known.includes(t));
  let why: string | null = null;
  if (text.trim() === "") why = "The event has no topics";
  else if (bad !== undefined) why = `"${clip(bad)}" is not a topic`;
  else if (new Set(names).size !== names.length) why = "A topic appears twice";
  if (why === null) return { ok: true, value: names as EventTopic[] };
  return { ok: false, ...problem("bad_topics", why, EVENT_TOPICS) };
}

export const EVENT_COLUMNS = ["date", "label", "detail", "source_id", "topics"] as const;
type EventColumn = (typeof EVENT_COLUMNS)[number];

export function eventsSchema(
  knownSourceIds: ReadonlySet<string>,
): TableSchema<TimelineEvent, EventColumn> {
  return {
    dataset: "events",
    columns: EVENT_COLUMNS,
    primaryKey: ["date", "label"],
    // A file from before topics existed stays readable: its events concern every panel.
    optionalColumns: ["topics"],
    coerceRow(cells, at, row, errors) {
      const c = new RowCollector(cells, at, row, errors);
      const date = c.take("date", coerceDate(c.cell("date")));
      const label = c.take("label", coerceRequiredText(c.cell("label")));
      const sourceId = c.take("source_id", coerceIdentifier(c.cell("source_id")));
      sourceCheck(knownSourceIds, c, sourceId);
      const topics =
        at.topics < 0 ? [...EVENT_TOPICS] : c.take("topics", coerceTopics(c.cell("topics")));
      if (c.failed || !date || !label || !sourceId || !topics) return null;
      return { date, label, detail: c.cell("detail"), sourceId, topics };
    },
  };
}
