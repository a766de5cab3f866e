// Reads and validates ledger.csv through the project's CSV reader (lib/csv/read.ts, via
// validateCsvText): errors come back as values with row numbers, nothing is thrown.
import type { LedgerEntry, ValidationReport } from "../data/types";
import { validateCsvText } from "../data/validate";
import { ledgerSchema } from "./schema";

/** `{ valid: LedgerEntry[], rejectedRows, errors }` for the text of a ledger.csv. */
export function readLedger(
  text: string,
  knownSourceIds: ReadonlySet<string>,
): ValidationReport<LedgerEntry> {
  return validateCsvText(text, ledgerSchema(knownSourceIds));
}
