// What the report table shows of a file with many rejected rows; the download has them all.
import type { RowError, ValidationReport } from "../data/types";

export const PREVIEW_ROWS = 200;

/**
 * The errors of the first `limit` rejected rows, with the file's and the header's own problems
 * (those come first in a report, numbered before any record).
 */
export function previewErrors(report: ValidationReport<unknown>, limit = PREVIEW_ROWS): RowError[] {
  const lastShown = report.rejectedRows[limit - 1] ?? Infinity;
  const shown: RowError[] = [];
  for (const e of report.errors) {
    if (e.row > lastShown) break;
    shown.push(e);
  }
  return shown;
}
