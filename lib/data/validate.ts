import { readCsvText } from "../csv/read";
import type { ValidationReport } from "./types";
import { createTableValidator, type TableSchema } from "./validate-table";

/** Reads and validates a whole CSV text: every record ends up in `valid` or in `rejectedRows`. */
export function validateCsvText<T>(text: string, schema: TableSchema<T>): ValidationReport<T> {
  const table = readCsvText(text);
  const validator = createTableValidator(schema);
  for (const e of table.syntaxErrors) validator.syntaxError(e);
  validator.header(table.header);
  for (const r of table.records) validator.record(r);
  return validator.finish();
}
