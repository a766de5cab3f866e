// Header, shape and key checks shared by every kind of file; the per-row coercion comes from
// the schema. Records are fed one at a time so the same code validates a whole file and a stream.
// This runs once per row of a file of a million: no per-row objects but the accepted row itself,
// and error objects only for the rows rejected.
import { problem } from "./messages";
import type { CsvRecord, CsvSyntaxError } from "../csv/read";
import type { RowError, ValidationReport } from "./types";
import { createFirstRows } from "./fast/first-rows";
import type { RowErrorCode } from "../intake/codes";
import { matchHeader, type HeaderPlan } from "../intake/header-match";
import { raggedHint } from "../intake/quotes";
import { columnName } from "../intake/distance";

/** Where each of a schema's columns stands in the file: `cells[at.period]` is the period. */
export type ColumnPositions<C extends string = string> = Readonly<Record<C, number>>;

export interface TableSchema<T, C extends string = string> {
  dataset: string;
  columns: readonly C[];
  /**
   * The typed row from its cells, or `null` after pushing onto `errors` every reason the row is
   * rejected (as `{ row, column, code, message }`).
   */
  coerceRow(
    cells: readonly string[],
    at: ColumnPositions<C>,
    row: number,
    errors: RowError[],
  ): T | null;
  /**
   * Equal exactly when the primary key's cells are, as a small non-negative integer: what
   * duplicates are found by when given, since a million string keys cost more to build and hash
   * than the rest of the row. Without it the key is the primary key's cells as written.
   */
  keyNumber?(value: T): number;
  /**
   * The columns whose cells together identify a row: a later row with the same cells is a
   * duplicate, rejected and named in the message. Written once, here; datapackage.json states it.
   */
  primaryKey?: readonly C[];
  /**
   * Columns an older file may lack: no missing_column error, and their position is -1, so
   * coerceRow can tell "absent" from "empty" and give the old meaning.
   */
  optionalColumns?: readonly C[];
}

export interface TableValidator<T> {
  header(record: CsvRecord | null): void;
  syntaxError(error: CsvSyntaxError): void;
  /** Validates one record; true when it was accepted. */
  record(record: CsvRecord): boolean;
  finish(): ValidationReport<T>;
  /** How the header was read (matched names, padding, a wide table), once it has been. */
  plan(): HeaderPlan | null;
  /** Rows accepted, whether or not they are kept. */
  accepted(): number;
  /** Counts a record as read and rejected for a reason found before validation. */
  reject(row: number, code: RowErrorCode, message: string): void;
  /** Every error found, kept or not (`errors.length` unless `keepErrors` left some out). */
  errorCount(): number;
}

export interface ValidatorOptions {
  /** false: count accepted rows without keeping them (the command line needs only the report). */
  keepRows?: boolean;
  /**
   * Keep the errors of the first `keepErrors` rejected rows only, and count the rest (the file's
   * and the header's own errors are always kept). The upload's first reading shows only those
   * rows' errors (lib/upload/preview.ts); its rejected rows' CSV reads the file again, with
   * every error. A million-row file mostly rejected made three quarters of a million error
   * objects that outlived the reading's young garbage: the collector copied each of them twice.
   * Chromium's CPU for the whole upload, median 4.6 s against 5.3 s without it (four interleaved
   * runs at load 11–15; BENCHMARKS.md, "Session 7"). Default: every error kept.
   */
  keepErrors?: number;
}

export function createTableValidator<T>(
  schema: TableSchema<T>,
  options: ValidatorOptions = {},
): TableValidator<T> {
  const keepRows = options.keepRows ?? true;
  const keepErrors = options.keepErrors ?? Infinity;
  // Where the errors of a row past the first `keepErrors` rejected go, to be counted and dropped.
  const dropped: RowError[] = [];
  let droppedCount = 0;
  let accepted = 0;
  let plan: HeaderPlan | null = null;
  let padding: number[] = [];
  let minWidth = 0;
  const valid: T[] = [];
  const rejectedRows: number[] = [];
  const errors: RowError[] = [];
  const syntax = new Map<number, CsvSyntaxError>();
  const firstRowOf = createFirstRows();
  // Set once the header is read and valid; until then every record is rejected.
  let positions: ColumnPositions | null = null;
  let width = 0;
  let headerRow = 1;
  let rows = 0;
  const primaryKey: readonly string[] = schema.primaryKey ?? [];
  // "period, series and unit": the key's columns as a duplicate's message names them.
  const keyNames =
    primaryKey.length === 0
      ? "key"
      : primaryKey.length === 1
        ? primaryKey[0]!
        : `${primaryKey.slice(0, -1).join(", ")} and ${primaryKey.at(-1)!}`;

  const rejectWith = (row: number, column: string, code: RowErrorCode, message: string): false => {
    if (rejectedRows.length < keepErrors) errors.push({ row, column, code, message });
    else droppedCount += 1;
    rejectedRows.push(row);
    return false;
  };

  return {
    header(record) {
      if (record === null) {
        errors.push({ row: 0, column: "", ...problem("empty_file", schema.columns) });
        return;
      }
      const quoteProblem = syntax.get(record.row);
      headerRow = record.row;
      plan = matchHeader(record.fields, schema.columns, record.row, schema.optionalColumns);
      const problems = plan.errors;
      if (quoteProblem)
        problems.unshift({
          row: record.row,
          column: "",
          code: quoteProblem.code,
          message: quoteProblem.message,
        });
      for (const p of problems) errors.push(p);
      if (problems.length === 0 && plan.positions) {
        positions = plan.positions;
        width = record.fields.length;
        padding = plan.padding;
        minWidth = plan.minWidth;
      }
    },
    syntaxError(error) {
      syntax.set(error.row, error);
    },
    record({ row, fields: cells }) {
      rows += 1;
      const quoteProblem = syntax.size === 0 ? undefined : syntax.get(row);
      if (quoteProblem) return rejectWith(row, "", quoteProblem.code, quoteProblem.message);
      if (positions === null) {
        const p = problem("header_invalid", headerRow, Boolean(plan?.wide));
        return rejectWith(row, "", p.code, p.message);
      }
      if (cells.length !== width && !(cells.length >= minWidth && cells.length < width)) {
        const p = problem("ragged_row", row, cells.length, width, raggedHint(cells));
        return rejectWith(row, "", p.code, p.message);
      }
      // Padding columns (no name in the header) must stay empty: a value there is data nobody named.
      for (let p = 0; p < padding.length; p++) {
        const cell = cells[padding[p]!];
        if (cell) {
          const column = columnName(padding[p]!);
          const named = problem("unnamed_column", column, cell);
          return rejectWith(row, "", named.code, named.message);
        }
      }
      // Were this row rejected, would it be among the first `keepErrors`?
      const into = rejectedRows.length < keepErrors ? errors : dropped;
      const errorsBefore = into.length;
      const value = schema.coerceRow(cells, positions, row, into);
      const found = into.length - errorsBefore;
      if (into === dropped) {
        droppedCount += found;
        // Emptied now and then, not after every row: setting an array's length calls into the
        // engine's runtime, which cost more than the row's checks.
        if (dropped.length > 1024) dropped.length = 0;
      }
      if (value === null || found > 0) {
        rejectedRows.push(row);
        return false;
      }
      if (primaryKey.length > 0) {
        // Coercion keeps a key cell as written (no trimming, no case), so equal cells are equal keys.
        const at = positions;
        const key = schema.keyNumber
          ? schema.keyNumber(value)
          : primaryKey.map((c) => cells[at[c]!] ?? "").join("\u0000");
        const first = firstRowOf(key, row);
        if (first !== undefined) {
          // `column` names one column or nothing: a key of several columns is named in the
          // message, never written into `column` as prose.
          const column = primaryKey.length === 1 ? primaryKey[0]! : "";
          const p = problem("duplicate_key", keyNames, first);
          return rejectWith(row, column, p.code, p.message);
        }
      }
      accepted += 1;
      if (keepRows) valid.push(value);
      return true;
    },
    plan: () => plan,
    reject(row, code, message) {
      rows += 1;
      rejectWith(row, "", code, message);
    },
    accepted: () => accepted,
    errorCount: () => errors.length + droppedCount,
    finish() {
      return { dataset: schema.dataset, rows, valid, rejectedRows, errors };
    },
  };
}
