import { readCsvTextTo } from "../csv/read";
import type { ValidationReport } from "./types";
import { createTableValidator, type TableSchema } from "./validate-table";

/** Reads and validates a whole CSV text: every record ends up in `valid` or in `rejectedRows`. */
export function validateCsvText<T>(text: string, schema: TableSchema<T>): ValidationReport<T> {
  const validator = createTableValidator(schema);
  readCsvTextTo(text, {
    onHeader: (record) => validator.header(record),
    onSyntaxError: (error) => validator.syntaxError(error),
    onRecord: (record) => void validator.record(record),
  });
  return validator.finish();
}
