// Header, shape and key checks shared by every kind of file; the per-row coercion comes from
// the schema. Records are fed one at a time so the same code validates a whole file and a stream.
import type { CsvRecord, CsvSyntaxError } from "../csv/read";
import type { RowError, ValidationReport } from "./types";
import { clip } from "./clip";

export interface RowResult<T> {
  value: T | null;
  errors: RowError[];
}

export interface TableSchema<T> {
  dataset: string;
  columns: readonly string[];
  /** Cells by column name; returns the typed row, or the reasons it is rejected. */
  coerceRow(cells: Readonly<Record<string, string>>, row: number): RowResult<T>;
  /** Rows with equal keys are duplicates; the later one is rejected. */
  key?(value: T): string;
  keyColumns?: string;
}

export interface TableValidator<T> {
  header(record: CsvRecord | null): void;
  syntaxError(error: CsvSyntaxError): void;
  /** Validates one record; true when it was accepted. */
  record(record: CsvRecord): boolean;
  finish(): ValidationReport<T>;
}

// A garbled header (a 5 MB line of commas) would otherwise report millions of columns.
const MAX_HEADER_ERRORS = 20;

/** The separator a one-column header was really written with, when splitting on it gives the columns. */
function wrongSeparator(fields: readonly string[], columns: readonly string[]): string | null {
  if (fields.length !== 1) return null;
  for (const [sep, name] of [
    [";", "semicolons (;)"],
    ["\t", "tabs"],
    ["|", "vertical bars (|)"],
  ] as const) {
    const parts = fields[0]!.split(sep);
    if (parts.length > 1 && columns.every((c) => parts.includes(c))) return name;
  }
  return null;
}

function headerErrors(
  fields: readonly string[],
  columns: readonly string[],
  row: number,
): RowError[] {
  const separator = wrongSeparator(fields, columns);
  if (separator) {
    return [
      {
        row,
        column: "",
        code: "wrong_separator",
        message: `The columns are separated by ${separator}, not commas. Save the file as CSV (comma delimited) and try again.`,
      },
    ];
  }
  const errors: RowError[] = [];
  const seen = new Set<string>();
  // Past the cap only count: building five million messages for a line of commas takes seconds.
  let more = 0;
  for (const name of fields) {
    const duplicate = seen.has(name);
    seen.add(name);
    if (!duplicate && columns.includes(name)) continue;
    if (errors.length >= MAX_HEADER_ERRORS) {
      more += 1;
      continue;
    }
    errors.push(
      duplicate
        ? {
            row,
            column: clip(name),
            code: "duplicate_column",
            message: `Column "${clip(name)}" appears more than once in the header.`,
          }
        : {
            row,
            column: clip(name),
            code: "unknown_column",
            message: `Column "${clip(name)}" is not one of this file's columns (${columns.join(", ")}).`,
          },
    );
  }
  if (more > 0) {
    errors.push({
      row,
      column: "",
      code: "too_many_header_errors",
      message: `…and ${more} more problems with the header columns (${fields.length} columns in all).`,
    });
  }
  for (const name of columns) {
    if (!seen.has(name)) {
      errors.push({
        row,
        column: name,
        code: "missing_column",
        message: `The header has no "${name}" column.`,
      });
    }
  }
  return errors;
}

export function createTableValidator<T>(schema: TableSchema<T>): TableValidator<T> {
  const valid: T[] = [];
  const rejectedRows: number[] = [];
  const errors: RowError[] = [];
  const syntax = new Map<number, CsvSyntaxError>();
  const firstRowOfKey = new Map<string, number>();
  let fields: readonly string[] | null = null;
  let headerOk = false;
  let headerRow = 1;
  let rows = 0;

  const reject = (rowErrors: RowError[], row: number): false => {
    rejectedRows.push(row);
    for (const e of rowErrors) errors.push(e);
    return false;
  };

  return {
    header(record) {
      if (record === null) {
        errors.push({
          row: 0,
          column: "",
          code: "empty_file",
          message: `The file is empty: it needs a header (${schema.columns.join(",")}) and rows.`,
        });
        return;
      }
      fields = record.fields;
      const quoteProblem = syntax.get(record.row);
      headerRow = record.row;
      const problems = headerErrors(record.fields, schema.columns, record.row);
      if (quoteProblem)
        problems.unshift({
          row: record.row,
          column: "",
          code: quoteProblem.code,
          message: quoteProblem.message,
        });
      for (const p of problems) errors.push(p);
      headerOk = problems.length === 0;
    },
    syntaxError(error) {
      syntax.set(error.row, error);
    },
    record({ row, fields: cells }) {
      rows += 1;
      const quoteProblem = syntax.get(row);
      if (quoteProblem) {
        return reject(
          [{ row, column: "", code: quoteProblem.code, message: quoteProblem.message }],
          row,
        );
      }
      if (!headerOk || fields === null) {
        return reject(
          [
            {
              row,
              column: "",
              code: "header_invalid",
              message: `Not read: the header is not valid (see row ${headerRow}).`,
            },
          ],
          row,
        );
      }
      if (cells.length !== fields.length) {
        return reject(
          [
            {
              row,
              column: "",
              code: "ragged_row",
              message: `Row ${row} has ${cells.length} field${cells.length === 1 ? "" : "s"}; the header has ${fields.length}.`,
            },
          ],
          row,
        );
      }
      const byName: Record<string, string> = {};
      for (let i = 0; i < fields.length; i++) byName[fields[i]!] = cells[i]!;
      const result = schema.coerceRow(byName, row);
      if (result.value === null || result.errors.length > 0) {
        return reject(result.errors, row);
      }
      if (schema.key) {
        const key = schema.key(result.value);
        const first = firstRowOfKey.get(key);
        if (first !== undefined) {
          return reject(
            [
              {
                row,
                column: schema.keyColumns ?? "",
                code: "duplicate_key",
                message: `Same ${schema.keyColumns ?? "key"} as row ${first}.`,
              },
            ],
            row,
          );
        }
        firstRowOfKey.set(key, row);
      }
      valid.push(result.value);
      return true;
    },
    finish() {
      return { dataset: schema.dataset, rows, valid, rejectedRows, errors };
    },
  };
}
