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

export interface TimelineEvent {
  date: string;
  label: string;
  detail: string;
  sourceId: string;
}

/** A problem with one cell, one row or the header, as a value: nothing is thrown. */
export interface RowError {
  /** Spreadsheet row number; the header is row 1; 0 when the file as a whole is at fault. */
  row: number;
  column: string;
  code: string;
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
