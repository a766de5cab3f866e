import type { RowErrorCode } from "../intake/codes";

// The typed shapes every stage after parsing works with. All plain data, so a server
// component can hand them to a client component and a worker can post them back.

export const UNITS = ["mb/d", "Mt", "bcm", "USD bn", "USD/bbl", "%"] as const;
export type Unit = (typeof UNITS)[number];

export const BASES = ["reported", "derived", "estimate", "capacity"] as const;
export type Basis = (typeof BASES)[number];

type PeriodKind = "year" | "month" | "month-span" | "year-span";

export interface Period {
  /** As written in the file: `2023`, `2023-06`, `2023-01/09`, `2018/2019`. */
  label: string;
  kind: PeriodKind;
  /** First and last month covered, `YYYY-MM`; a year covers `YYYY-01` to `YYYY-12`. */
  start: string;
  end: string;
  /** Number of calendar months covered. */
  months: number;
  /** First and last month covered as month indexes (year × 12 + month − 1), both inclusive. */
  firstMonth: number;
  lastMonth: number;
  /** Calendar days covered (a leap year's February counts 29). */
  days: number;
  /** Whether the period covers less than the whole of its calendar year(s): months and spans. */
  partial: boolean;
}

/** One validated row of a tidy dataset. */
export interface Observation {
  dataset: string;
  row: number;
  period: Period;
  series: string;
  value: number;
  /** The value exactly as written in the file, so exports never round it. */
  valueText: string;
  unit: Unit;
  basis: Basis;
  sourceId: string;
  note: string;
  /** Set on rows from a reader's upload; published rows have none. */
  origin?: "reader";
}

export interface Source {
  id: string;
  publisher: string;
  via: string;
  title: string;
  date: string;
  url: string;
  quote: string;
}

export interface Factor {
  id: string;
  value: number;
  low: number;
  high: number;
  unit: string;
  sourceId: string;
  note: string;
}

/** What an event concerns, so each panel shows only its own events (events.csv `topics`). */
export const EVENT_TOPICS = ["oil", "gas", "europe", "prices"] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

export interface TimelineEvent {
  date: string;
  label: string;
  detail: string;
  sourceId: string;
  /** At least one; written `oil;prices` in the file. */
  topics: readonly EventTopic[];
}

/** in_force: applies from `validFrom`; agreed and memorandum: signed then, not yet flowing. */
export const CAPACITY_STATUSES = ["in_force", "agreed", "memorandum"] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

/** One dated capacity, contract level or agreement (capacities.csv). */
export interface Capacity {
  row: number;
  /** e.g. `power_of_siberia`, `power_of_siberia_2`, `far_eastern_route`. */
  route: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the source. */
  validFrom: string;
  value: number;
  valueText: string;
  /** e.g. `bcm/yr`. */
  unit: string;
  status: CapacityStatus;
  basis: "reported" | "derived";
  sourceId: string;
  note: string;
}

/** One figure as one outlet stated it (ledger.csv): the same quantity may have several. */
export interface LedgerEntry {
  row: number;
  /** A short id of what is measured, e.g. `russia_crude_to_china_mbd`. */
  quantity: string;
  period: Period;
  value: number;
  /** As written, so its rounding (decimals) is known. */
  valueText: string;
  unit: Unit;
  sourceId: string;
  note: string;
}

/** A problem with one cell, one row or the header, as a value: nothing is thrown. */
export interface RowError {
  /** Spreadsheet row number; the header is row 1; 0 when the file as a whole is at fault. */
  row: number;
  column: string;
  /** One of a closed set, each with its meaning (lib/intake/codes.ts): what a script switches on. */
  code: RowErrorCode;
  message: string;
}

export interface ValidationReport<T> {
  dataset: string;
  /** Data records read (blank lines are not records). */
  rows: number;
  valid: T[];
  /** Row numbers of every rejected record, ascending. */
  rejectedRows: number[];
  errors: RowError[];
}
