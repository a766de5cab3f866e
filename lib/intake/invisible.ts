// Characters a reader cannot see or that change how the text around them is drawn, named so a
// report can say what is really in a cell: a header "value" followed by a no-break space pasted
// from a web page looks exactly like "value". The page prints cells with cellParts; the upload
// report's sentences about them are in invisible-words.ts, which the page's first load does not
// need (the script budget, BENCHMARKS.md).

/** Unicode names of the characters that are invisible, spaces in disguise or bidi controls. */
const NAMES: Record<number, string> = {
  0x00a0: "NO-BREAK SPACE",
  0x00ad: "SOFT HYPHEN",
  0x061c: "ARABIC LETTER MARK",
  0x2007: "FIGURE SPACE",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x202f: "NARROW NO-BREAK SPACE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (byte-order mark)",
};

// Tab and line breaks are ordinary in a note; every other C0/C1 control character is named.
const isControl = (c: number) =>
  (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f);

const ANY =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u2007\u200b-\u200f\u2028-\u202f\u2060\u2066-\u2069\ufeff]/;

/** `U+00A0 NO-BREAK SPACE`, or `undefined` for a character a reader sees. */
export function invisibleName(c: number): string | undefined {
  const name = NAMES[c] ?? (isControl(c) ? "control character" : undefined);
  return name && `U+${c.toString(16).toUpperCase().padStart(4, "0")} ${name}`;
}

/** Whether `text` holds any character invisibleName names (one regular-expression test). */
export const hasInvisible = (text: string): boolean => ANY.test(text);

/** A piece of a cell: plain text as it is, or one invisible character by its name. */
export type CellPart = { text: string } | { invisible: string };

/**
 * `text` cut where its invisible characters are, for a renderer that marks them: runs of plain
 * text and, for each invisible character, its name (`U+202E RIGHT-TO-LEFT OVERRIDE`), in order.
 * Joining the parts, a name written `⟨name⟩`, gives `visible(text)`. The characters themselves
 * are left out, so a bidi control cannot reorder what follows it.
 */
export function cellParts(text: string): CellPart[] {
  if (!hasInvisible(text)) return text === "" ? [] : [{ text }];
  const parts: CellPart[] = [];
  let run = "";
  for (const ch of text) {
    const name = invisibleName(ch.codePointAt(0)!);
    if (!name) {
      run += ch;
      continue;
    }
    if (run !== "") parts.push({ text: run });
    run = "";
    parts.push({ invisible: name });
  }
  if (run !== "") parts.push({ text: run });
  return parts;
}
