// Sorting a table by one column, as the table headers' buttons ask. Pure and stable: equal keys
// keep their order, so a second click on another column sorts within the first one's order.
type SortDirection = "ascending" | "descending";

export interface SortState {
  column: number;
  direction: SortDirection;
}

/** A cell's sort key: a number sorts numerically, text by the reader's collation; null (a gap) last. */
export type SortKey = number | string | null;

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** `items` sorted by `key(item, column)`; gaps stay last in both directions. */
export function sortBy<T>(
  items: readonly T[],
  key: (item: T, column: number) => SortKey,
  sort: SortState | null,
): T[] {
  if (!sort) return [...items];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, k: key(item, sort.column) }))
    .sort((x, y) => {
      if (x.k === null || y.k === null) return compareKeys(x.k, y.k) || x.index - y.index;
      return sign * compareKeys(x.k, y.k) || x.index - y.index;
    })
    .map((e) => e.item);
}

/** The next state when a column's header is pressed: ascending, then descending, then back. */
export function nextSort(current: SortState | null, column: number): SortState {
  if (current?.column === column && current.direction === "ascending")
    return { column, direction: "descending" };
  return { column, direction: "ascending" };
}
