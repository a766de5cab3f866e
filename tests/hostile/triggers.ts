// What a spreadsheet runs as a formula, written out again here rather than imported from
// lib/csv/neutralise.ts, so the export tests do not check lib against itself.
import type { CsvTable } from "@/lib/csv/read";

// Full-width and small forms and U+2212 MINUS SIGN: spreadsheets fold them to their ASCII forms.
export const TRIGGERS = [
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\n",
  "＝",
  "＋",
  "－",
  "＠",
  "﹦",
  "﹢",
  "﹣",
  "﹫",
  "\u2212",
] as const;

/** A number a spreadsheet reads as a number: optional minus, digits, optional fraction. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Whether a cell, as a spreadsheet reads it, would start a formula. */
export const startsFormula = (cell: string) =>
  cell !== "" &&
  !PLAIN_NUMBER.test(cell) &&
  (TRIGGERS as readonly string[]).includes(cell.charAt(0));

/** Every cell of a read-back CSV (header included) that would start a formula, with its row. */
export function rawTriggerCells(table: CsvTable): [row: number, cell: string][] {
  const found: [number, string][] = [];
  for (const record of [...(table.header ? [table.header] : []), ...table.records]) {
    for (const cell of record.fields) if (startsFormula(cell)) found.push([record.row, cell]);
  }
  return found;
}
