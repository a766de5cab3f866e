// Every line end outside quotes becomes LF before papaparse sees the text, so a file that mixes
// CRLF, LF and CR (a Windows file with rows appended by a script) reads as a spreadsheet reads
// it, one row per line. Line ends inside quoted fields are data and stay exactly as written.

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Whether an odd number of quotes in text[from..] flips the in-quotes state (`""` flips it twice). */
function flipsQuotes(text: string, from: number): boolean {
  let odd = false;
  for (let at = text.indexOf('"', from); at !== -1; at = text.indexOf('"', at + 1)) odd = !odd;
  return odd;
}

/** A normaliser for text that arrives in pieces: the in-quotes state and a CR at a piece's end carry over. */
export function createLineEndNormaliser() {
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
      if (flipsQuotes(text, i)) inQuotes = !inQuotes;
      return i === 0 ? text : text.slice(i);
    }
    const parts: string[] = [];
    let start = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === CR && !inQuotes) {
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

export const normaliseLineEnds = (text: string): string => createLineEndNormaliser()(text);
