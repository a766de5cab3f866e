// Every line end outside quotes becomes LF before papaparse sees the text, so a file that mixes
// CRLF, LF and CR (a Windows file with rows appended by a script) reads as a spreadsheet reads
// it, one row per line. Line ends inside quoted fields are data and stay exactly as written.

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** What the normaliser has seen so far that the record collector needs to know. */
export interface LineEndState {
  /**
   * Set once a line break inside quotes was seen: from then on a record may span several lines
   * and the collector counts them (a file without one never pays for the counting).
   */
  quotedBreak: boolean;
  /**
   * Set once a CR was seen inside quotes. Until then every line break in a cell is an LF, which
   * the collector counts with indexOf instead of reading each character of each cell.
   */
  quotedCR?: boolean;
}

/**
 * The in-quotes state after text[from..] (`""` flips it twice), noting in `state` a line break
 * between an opening quote and its closing one. `nl` caches the next LF, so the scan stays linear.
 */
function scanQuotes(text: string, from: number, inQuotes: boolean, state: LineEndState): boolean {
  let openedAt = inQuotes ? from : -1;
  let nl = -1;
  const breakBefore = (end: number) => {
    if (nl < openedAt) nl = text.indexOf("\n", openedAt);
    if (nl === -1) nl = Infinity;
    return nl < end;
  };
  for (let at = text.indexOf('"', from); at !== -1; at = text.indexOf('"', at + 1)) {
    if (!inQuotes) openedAt = at;
    else if (!state.quotedBreak && breakBefore(at)) state.quotedBreak = true;
    inQuotes = !inQuotes;
  }
  if (inQuotes && !state.quotedBreak && breakBefore(Infinity)) state.quotedBreak = true;
  return inQuotes;
}

/** A normaliser for text that arrives in pieces: the in-quotes state and a CR at a piece's end carry over. */
export function createLineEndNormaliser(state: LineEndState = { quotedBreak: false }) {
  let inQuotes = false;
  // The previous piece ended with a CR outside quotes, already written as LF: an LF opening
  // this piece belongs to it.
  let skipLF = false;
  return (text: string): string => {
    let i = 0;
    if (skipLF) {
      skipLF = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    // Most files have no CR at all: only the quote state needs keeping, at native speed.
    if (text.indexOf("\r", i) === -1) {
      inQuotes = scanQuotes(text, i, inQuotes, state);
      return i === 0 ? text : text.slice(i);
    }
    const parts: string[] = [];
    let start = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (inQuotes) {
        if (c === LF) state.quotedBreak = true;
        else if (c === CR) state.quotedBreak = state.quotedCR = true;
      } else if (c === CR) {
        parts.push(text.slice(start, i), "\n");
        if (i + 1 === text.length) skipLF = true;
        else if (text.charCodeAt(i + 1) === LF) i++;
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts.join("");
  };
}

export const normaliseLineEnds = (text: string, state?: LineEndState): string =>
  createLineEndNormaliser(state)(text);
