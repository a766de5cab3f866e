// Rows packed by column for postMessage: each column as its distinct values and an index per row.
// Unpacking a part of a few thousand rows this way costs a few milliseconds on the main thread;
// the same rows as objects cost several times that (measured: BENCHMARKS in the upload report).
// Object values (a row's Period) are told apart by their JSON, so equal ones become one object.

interface PackedColumn {
  key: string;
  values: unknown[];
  /** values[index[i]] is row i's value; `undefined` for a row without the key. */
  index: Uint32Array;
}

export interface PackedRows {
  count: number;
  columns: PackedColumn[];
}

export function packRows(rows: readonly object[]): PackedRows {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const columns = [...keys].map((key): PackedColumn => {
    const values: unknown[] = [];
    const seen = new Map<unknown, number>();
    // Validated rows share one Period object per label: it is turned into JSON once, not per row.
    const objectAt = new Map<object, number>();
    const index = new Uint32Array(rows.length);
    rows.forEach((row, i) => {
      const value = (row as Record<string, unknown>)[key];
      const isObject = value !== null && typeof value === "object";
      let at = isObject ? objectAt.get(value) : undefined;
      if (at === undefined) {
        const id = isObject ? JSON.stringify(value) : value;
        at = seen.get(id);
        if (at === undefined) {
          at = values.push(value) - 1;
          seen.set(id, at);
        }
        if (isObject) objectAt.set(value, at);
      }
      index[i] = at;
    });
    return { key, values, index };
  });
  return { count: rows.length, columns };
}

/** The index buffers, to transfer rather than copy. */
export const packedBuffers = (packed: PackedRows) => packed.columns.map((c) => c.index.buffer);

export function unpackRows<T>(packed: PackedRows): T[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < packed.count; i++) {
    const row: Record<string, unknown> = {};
    for (const { key, values, index } of packed.columns) {
      const value = values[index[i]!];
      if (value !== undefined) row[key] = value;
    }
    rows.push(row);
  }
  return rows as T[];
}
