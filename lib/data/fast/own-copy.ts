// FAST PATH (ARCHITECTURE.md, "The fast path"). Budget served: ARCHITECTURE.md "Budgets", memory
// at most 4× the file during a reader's upload, and after it no more than the accepted rows need.
//
// papaparse cuts each cell out of the piece of text it is parsing. In V8 (Chrome, Node) a cut of
// 13 characters or more is a "sliced string": a pointer into the piece, which keeps the whole
// piece alive for as long as the cell is (V8's SlicedString::kMinLength; a message built around a
// cell keeps it the same way, as a "cons string"). One kept note per 1 MiB piece keeps the whole
// file in memory. The 245,097 rows accepted from the upload bench's 1M-row file (76 MB) held
// 213 MB with their notes as cut, 62 MB with them copied (Node 20, 2026-11-30; BENCHMARKS.md,
// "Session 6").
//
// Plain definition: the string itself. A copy is equal to it by every test JavaScript can make;
// tests/data/fast/own-copy.test.ts holds that. No engine API promises a copy: concatenating a
// character in front and cutting it off again makes V8 write a new flat string first.

/** `text`, equal, as a string of its own that keeps no larger text alive. */
export function ownCopy(text: string): string {
  // Shorter cuts are copied by V8 already.
  if (text.length < 13) return text;
  const longer = " " + text;
  // Reading a character makes V8 write the concatenation out as one new string.
  longer.charCodeAt(0);
  return longer.slice(1);
}
