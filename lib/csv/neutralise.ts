// Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
// Full-width and small forms, and U+2212 MINUS SIGN, are included because some spreadsheets fold
// them to their ASCII forms.
const FORMULA_TRIGGERS = new Set([
  "=",
  "+",
  "-",
  "@",
  "\t",
  "\r",
  "\n",
  "\uFF1D",
  "\uFF0B",
  "\uFF0D",
  "\uFF20",
  // Small forms (﹦ ﹢ ﹣ ﹫) and the minus sign (−), which spreadsheets fold the same way.
  "\uFE66",
  "\uFE62",
  "\uFE63",
  "\uFE6B",
  "\u2212",
]);
// The same, by UTF-16 code: a download of a million rows checks every cell.
const TRIGGER_CODES = new Set([...FORMULA_TRIGGERS].map((c) => c.charCodeAt(0)));

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Whether a text cell must be defused; a real number, negative or not, never is. */
export function needsNeutralising(cell: string): boolean {
  // Only the first character matters to the spreadsheet, whatever follows (line breaks included).
  if (cell === "" || !TRIGGER_CODES.has(cell.charCodeAt(0))) return false;
  return !PLAIN_NUMBER.test(cell);
}

export function neutraliseCell(cell: string): string {
  return needsNeutralising(cell) ? `'${cell}` : cell;
}
