// Edit distance for "did you mean": how many one-character insertions, deletions or
// substitutions turn one short name into another (Levenshtein, two rows of the table).

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(prev[j]! + 1, next[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = next;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `name`, when close enough to be a typing slip: two edits (a swapped
 * pair of letters is two), or a third of the name for a long one.
 */
export function closest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const allowed = Math.max(2, Math.floor((best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : null;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

const ORDINAL = ["th", "st", "nd", "rd"];
/** `column C, the 3rd` for a 0-based index. */
export function columnName(index: number): string {
  const n = index + 1;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `column ${columnLetter(index)}, the ${n}${(!teen && ORDINAL[n % 10]) || "th"}`;
}
