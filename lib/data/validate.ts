import { readCsvTextTo } from "../csv/read";
import { createIntake, type IntakeReport } from "../intake/intake";
import type { TableSchema } from "./validate-table";

/**
 * Reads and validates a whole CSV text through the intake step (lib/intake): every record ends
 * up in `valid` or in `rejectedRows`, and every line of the file in `lines`.
 */
export function validateCsvText<T>(text: string, schema: TableSchema<T>): IntakeReport<T> {
  const intake = createIntake(schema);
  readCsvTextTo(text, intake.sink, intake.detect);
  return intake.finish();
}
