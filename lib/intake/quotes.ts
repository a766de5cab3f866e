// Why a row split into the wrong number of cells, when quotes are the cause: curly quotes
// (“ ” „ « »), which CSV does not treat as quotes, or a quote escaped with a backslash. Only
// rejected rows come here.

const CURLY = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019]/;

const NAMES: Record<string, string> = {
  "\u201c": "“ (U+201C LEFT DOUBLE QUOTATION MARK)",
  "\u201d": "” (U+201D RIGHT DOUBLE QUOTATION MARK)",
  "\u201e": "„ (U+201E DOUBLE LOW-9 QUOTATION MARK)",
  "\u201f": "‟ (U+201F DOUBLE HIGH-REVERSED-9 QUOTATION MARK)",
  "\u00ab": "« (U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK)",
  "\u00bb": "» (U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK)",
  "\u2018": "‘ (U+2018 LEFT SINGLE QUOTATION MARK)",
  "\u2019": "’ (U+2019 RIGHT SINGLE QUOTATION MARK)",
};

/** A sentence to add to a ragged-row message, or "". */
export function raggedHint(cells: readonly string[]): string {
  for (const cell of cells) {
    const m = CURLY.exec(cell);
    if (m)
      return ` A cell holds the curly quote ${NAMES[m[0]]}, which CSV does not read as a quote, so a delimiter inside it split the cell: quote the cell with straight quotes (").`;
  }
  if (cells.some((c) => c.includes('\\"')))
    return ' A cell holds \\" (a quote escaped with a backslash); CSV writes a quote inside a quoted cell twice ("").';
  return "";
}
