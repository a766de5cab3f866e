// Where a long unbroken string (a URL, an identifier) in a reader's cell may wrap. CSS's
// `overflow-wrap: anywhere` would let it break, but it also lets a table squeeze every cell of the
// column to one character's width on a phone; a break offered only inside long words keeps
// ordinary words whole and the column readable.

/** Words at least this long get break points: a 98-character URL, not "approximately". */
const LONG = 24;

/**
 * `text` cut into pieces a renderer joins with a break opportunity (`<wbr>`): every word of
 * LONG or more characters (a run without whitespace) is cut after each `every` characters
 * (counted in code points, so a character outside the BMP is never split); the rest stays whole.
 * Joining the pieces gives `text` back.
 */
export function wrapPieces(text: string, every = 16): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const token of text.split(/(\s+)/)) {
    const chars = [...token];
    if (chars.length < LONG) {
      current += token;
      continue;
    }
    for (let i = 0; i < chars.length; i += every) {
      current += chars.slice(i, i + every).join("");
      if (i + every < chars.length) {
        pieces.push(current);
        current = "";
      }
    }
  }
  if (current !== "" || pieces.length === 0) pieces.push(current);
  return pieces;
}
