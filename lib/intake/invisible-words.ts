// Invisible characters in words, for the upload report and the CLI: `"value" followed by U+00A0
// NO-BREAK SPACE`. Apart from invisible.ts, which the page needs to print a cell, so the page's
// first load does not carry these sentences.
import { hasInvisible, invisibleName } from "./invisible";

/** `text` with each invisible character written out: `value⟨U+00A0 NO-BREAK SPACE⟩`. */
export function visible(text: string): string {
  if (!hasInvisible(text)) return text;
  let out = "";
  for (const ch of text) {
    const name = invisibleName(ch.codePointAt(0)!);
    out += name ? `⟨${name}⟩` : ch;
  }
  return out;
}

/** In words, where the invisible characters of `text` are: `"value" followed by U+00A0 NO-BREAK SPACE`. */
export function describeInvisible(text: string): string | null {
  if (!hasInvisible(text)) return null;
  const names: string[] = [];
  let plain = "";
  for (const ch of text) {
    const name = invisibleName(ch.codePointAt(0)!);
    if (name) names.push(name);
    else plain += ch;
  }
  const unique = [...new Set(names)];
  const trailing = !hasInvisible(text.slice(0, plain.length)) && text.startsWith(plain);
  const what = unique.join(", ");
  if (plain === "") return `only ${what}`;
  return trailing ? `"${plain}" followed by ${what}` : `"${visible(text)}" (it holds ${what})`;
}

/** `text` without its invisible characters (to say what a reader probably meant). */
export function withoutInvisible(text: string): string {
  if (!hasInvisible(text)) return text;
  let out = "";
  for (const ch of text) if (!invisibleName(ch.codePointAt(0)!)) out += ch;
  return out;
}
