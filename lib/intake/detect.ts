// The intake step's first look at a file, on its first 64 KB only (so a file of a million rows
// costs no more than a small one): the delimiter (a `sep=` line names it), how quotes are
// escaped, and which line is the header, with every assumption worded for the reader.
import { readHead } from "../csv/read";
import { RFC_4180, type CsvLayout } from "../csv/layout";
import type { IntakeNote } from "./notes";
import { looseName } from "./header-match";
import { ranges } from "./notes";

const SAMPLE_CHARS = 64 * 1024;
/** Records looked at for the header: statistics downloads put a few lines of title above it. */
const HEADER_SEARCH = 30;

const DELIMITERS = [
  [",", "commas"],
  [";", "semicolons (;)"],
  ["\t", "tabs"],
  ["|", "vertical bars (|)"],
] as const;

const SEP_LINE = /^sep=(.)[ \t]*(\n|$)/i;

/** The text detection looks at: whole lines of the first 64 KB. */
function sampleOf(head: string): string {
  if (head.length <= SAMPLE_CHARS) return head;
  const cut = head.lastIndexOf("\n", SAMPLE_CHARS);
  return head.slice(0, cut > 0 ? cut + 1 : SAMPLE_CHARS);
}

/** How many cells of `fields` name one of `columns` (loosely: case, spaces, `-` and `_` aside). */
function knownNames(fields: readonly string[], columns: ReadonlySet<string>): number {
  let n = 0;
  for (const f of fields) if (columns.has(looseName(f))) n += 1;
  return n;
}

const YEAR_LIKE = /^\s*(19|20)\d\d([-/]\d\d)?\s*$/;
/** A header of a wide table names at least one column and has years for the rest. */
const looksLikeHeader = (fields: readonly string[], columns: ReadonlySet<string>) => {
  const known = knownNames(fields, columns);
  return known >= 2 || (known >= 1 && fields.filter((f) => YEAR_LIKE.test(f)).length >= 2);
};

export interface Detected {
  layout: CsvLayout;
  notes: IntakeNote[];
}

const charName = (c: string) => DELIMITERS.find(([d]) => d === c)?.[1] ?? `"${c}"`;

/**
 * The layout of a file whose header should hold `columns`, from the start of its text (line ends
 * already LF). Reads only what is unambiguous; the default is RFC 4180 from the first line.
 */
export function detectLayout(head: string, columnList: readonly string[]): Detected {
  const columns = new Set(columnList);
  const sample = sampleOf(head);
  const notes: IntakeNote[] = [];
  const sep = SEP_LINE.exec(sample);
  let delimiter = ",";
  if (sep) {
    delimiter = sep[1]!;
    notes.push({
      code: "sep_line",
      message: `Line 1, "${sep[0].trim()}", names the delimiter (${charName(delimiter)}), as Excel writes it: not read as data.`,
    });
  } else {
    // The delimiter that splits a line of the first ones into the most of this file's column
    // names; commas when none does (the header is then reported as it stands). Commas are tried
    // first and kept when they find two names, as in nearly every file.
    let best = 0;
    for (const [d] of DELIMITERS) {
      const { records } = readHead(sample, { ...RFC_4180, delimiter: d }, HEADER_SEARCH);
      const score = Math.max(0, ...records.map((r) => knownNames(r, columns)));
      if (score > best) [best, delimiter] = [score, d];
      if (d === "," && score >= 2) break;
    }
    if (delimiter !== ",")
      notes.push({
        code: "delimiter",
        message: `Cells are separated by ${charName(delimiter)}, not commas: read that way.`,
      });
  }
  let layout: CsvLayout = { ...RFC_4180, delimiter, skipEmptyRows: true };
  if (sample.includes('\\"') && readHead(sample, layout, 200).badQuotes) {
    const escaped = { ...layout, escapeChar: "\\" };
    if (!readHead(sample, escaped, 200).badQuotes) {
      layout = escaped;
      const lines = sample.split("\n").flatMap((text, i) => (text.includes('\\"') ? [i + 1] : []));
      notes.push({
        code: "backslash_quotes",
        message: `Quotes inside quoted cells are written \\" (a backslash before the quote, as database exports and some pandas settings write them) instead of CSV's "": read as quote characters (${lines.length === 1 ? "line" : "lines"} ${ranges(lines)}).`,
      });
    }
  }
  const { records } = readHead(sample, layout, HEADER_SEARCH);
  const start = sep ? 1 : 0;
  const found = records.findIndex((r, i) => i >= start && looksLikeHeader(r, columns));
  const firstFilled = records.findIndex((r, i) => i >= start && !(r.length === 1 && r[0] === ""));
  if (found > start && found > firstFilled && firstFilled !== -1) {
    layout.skipRecords = found;
    const from = start + 1;
    notes.push({
      code: "above_header",
      message: `${found === from ? `Row ${from} is` : `Rows ${from}–${found} are`} a title and notes above the header on row ${found + 1}: not read.`,
    });
  } else layout.skipRecords = start;
  return { layout, notes };
}
