import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CsvRecord } from "@/lib/csv/read";
import { RecordStore } from "@/lib/csv/fast/record-store";

describe("RecordStore: records kept compactly read back as pushed", () => {
  it("gives back each record's row and cells, empty and ragged ones included", () => {
    const records: CsvRecord[] = [
      { row: 2, fields: ["2024", "russia_pipeline", "", "Mt"] },
      { row: 3, fields: [""] },
      { row: 5, fields: ["a", "b", "c", "d", "e", "f", "g"] },
      { row: 9, fields: [] },
    ];
    const store = RecordStore.of(records);
    expect([...store]).toEqual(records);
    expect([...store.rows()]).toEqual([2, 3, 5, 9]);
    expect(store.length).toBe(4);
    expect(store.widest).toBe(7);
    expect(store.inFileOrder).toBe(true);
  });

  it("gives back text as pushed: a leading BOM, non-Latin text, a lone surrogate, a 70,000-character cell", () => {
    const special: CsvRecord[] = [
      { row: 2, fields: ["\uFEFF2024", "January–February", "中国 🛢"] },
      { row: 3, fields: ["x".repeat(70_000), ""] },
      { row: 4, fields: ["\uD800 alone", "\uDC00"] },
    ];
    // In the block being filled, and in a full block (sealed after 1,024 records).
    expect([...RecordStore.of(special)]).toEqual(special);
    const filler = Array.from({ length: 1_021 }, (_, i) => ({ row: 10 + i, fields: ["a"] }));
    const sealed = [...special, ...filler, { row: 5_000, fields: ["\uFEFF", "b"] }];
    expect([...RecordStore.of(sealed)]).toEqual(sealed);
  });

  it("tells records out of file order (a row repeated or going back)", () => {
    expect(
      RecordStore.of([
        { row: 3, fields: [] },
        { row: 3, fields: [] },
      ]).inFileOrder,
    ).toBe(false);
    expect(
      RecordStore.of([
        { row: 4, fields: [] },
        { row: 2, fields: [] },
      ]).inFileOrder,
    ).toBe(false);
    expect(new RecordStore().inFileOrder).toBe(true);
    expect(new RecordStore().widest).toBe(0);
    expect([...new RecordStore()]).toEqual([]);
  });

  it("reads the same across the 1,024-record blocks, and keeps taking records after a read", () => {
    const records = Array.from({ length: 2_500 }, (_, i) => ({
      row: i + 2,
      fields: [String(i), "x".repeat(i % 40), i % 7 === 0 ? "" : `note ${i}, "quoted"`],
    }));
    const store = RecordStore.of(records.slice(0, 1_500));
    expect([...store]).toEqual(records.slice(0, 1_500));
    for (const record of records.slice(1_500)) store.push(record);
    expect([...store]).toEqual(records);
    expect([...store.rows()]).toEqual(records.map((r) => r.row));
  });

  it("equals the plain definition (an array of the records) for any records", () => {
    const record = fc.record({
      row: fc.nat({ max: 5_000_000 }),
      fields: fc.array(fc.string({ unit: "binary", maxLength: 30 }), { maxLength: 9 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 3_000 }), (records) => {
        const store = RecordStore.of(records);
        expect([...store]).toEqual(records);
        expect(store.length).toBe(records.length);
        expect(store.widest).toBe(Math.max(0, ...records.map((r) => r.fields.length)));
        expect(store.inFileOrder).toBe(
          records.every((r, i) => i === 0 || records[i - 1]!.row < r.row),
        );
      }),
      { seed: 20240516, numRuns: 60 },
    );
  });
});
