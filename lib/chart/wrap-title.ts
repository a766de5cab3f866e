// An axis title that fits: Chart.js draws a title on one line and clips what does not fit (the
// savings panel's 63-character y title lost both ends, at 1280 px as at 375); an array is drawn
// as lines.

/**
 * `text` cut at spaces into lines of at most `max` characters (a word longer than `max` keeps
 * its own line); the text itself when it fits. ("a bb ccc", 4) → ["a bb", "ccc"].
 */
export function wrapTitle(text: string, max: number): string | string[] {
  if (text.length <= max) return text;
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
