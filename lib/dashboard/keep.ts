// Keeping last run's objects when a recomputation gives equal ones. The pipeline recomputes
// metrics and checks as a whole, then keeps each old object that is equal to its new one: a
// step or a component that depends on an object then sees the same object (`===`) and does no
// work. Equality is by value over plain data (what metrics, checks and headlines are).

/** Deep equality of plain data: numbers, strings, booleans, null, undefined, arrays, objects. */
export function equalData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => equalData(x, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every(
    (k) => Object.hasOwn(rb, k) && equalData((a as Record<string, unknown>)[k], rb[k]),
  );
}

/** Whether two lists hold the same objects (`===`), in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * `next` with each item replaced by the item of `previous` with the same id when the two are
 * equal; `previous` itself when every item was kept. Shape: lists of `{ id: string }`.
 */
export function keepEqual<T extends { id: string }>(previous: readonly T[] | null, next: T[]): T[] {
  if (!previous) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  const kept = next.map((item) => {
    const old = byId.get(item.id);
    return old !== undefined && equalData(old, item) ? old : item;
  });
  return sameItems(previous, kept) ? (previous as T[]) : kept;
}

/** `next` or, when it holds the same items, `previous` (so a list compares `===` to itself). */
export function keepSame<T>(previous: readonly T[] | null, next: T[]): T[] {
  return previous && sameItems(previous, next) ? (previous as T[]) : next;
}
