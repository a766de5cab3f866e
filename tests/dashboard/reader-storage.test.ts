// The reader's applied data is stored packed (app/components/reader-storage.ts): held here to the
// plain definition, that what is loaded is the data that was applied, packed or not.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { splitBundle } from "@/lib/upload/transfer";
import type { ReaderData } from "@/app/components/ReaderBanner";

// IndexedDB through idb-keyval, as a Map that copies what it stores (as IndexedDB does).
const db = new Map<string, unknown>();
vi.mock("idb-keyval", () => ({
  createStore: () => ({}),
  get: async (key: string) => structuredClone(db.get(key)),
  set: async (key: string, value: unknown) => void db.set(key, structuredClone(value)),
  del: async (key: string) => void db.delete(key),
}));
vi.stubGlobal("sessionStorage", { removeItem() {} });

const period = (label: string, year: number) => ({ label, firstMonth: year * 12, months: 12 });
const row = (series: string, year: number, value: number, note?: string) => ({
  series,
  period: period(String(year), year),
  value,
  unit: "Mt",
  origin: "reader",
  ...(note === undefined ? {} : { note }),
});
const bundle = {
  sources: [{ id: "s1", quote: "a sentence, with a comma" }],
  factors: [],
  events: [],
  datasets: {
    crude_annual: [
      row("russia", 2021, 79.6),
      row("russia", 2022, 86.2, "n"),
      row("saudi", 2022, 87.5),
    ],
    lng_annual: [],
  },
} as unknown as DataBundle;
const data: ReaderData = {
  bundle,
  mode: "extend",
  files: [{ name: "a.csv", dataset: "crude_annual", rows: 4, valid: 3, rejected: 1 }],
};

beforeEach(() => {
  db.clear();
  vi.resetModules();
});

describe("the reader's data kept for a reload", () => {
  it("stored packed, it loads as the bundle that was applied, row for row", async () => {
    const { saveReaderData, loadReaderData } = await import("@/app/components/reader-storage");
    const { shell, parts } = splitBundle(bundle, 2); // 3 rows: parts of 2 and 1
    expect(parts.length).toBe(2);
    expect(await saveReaderData(data, { shell, parts })).toBe(true);
    const stored = db.get("reader-data-v3") as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(["files", "mode", "packed"]); // no row objects
    expect(await loadReaderData()).toEqual(data);
  });

  it("stored without parts, or under the old key, it loads as it was saved", async () => {
    const { saveReaderData, loadReaderData } = await import("@/app/components/reader-storage");
    await saveReaderData(data);
    expect(await loadReaderData()).toEqual(data);
    db.clear();
    db.set("reader-data-v2", structuredClone(data));
    expect(await loadReaderData()).toEqual(data);
  });

  it("a new save removes the old key; null forgets everything", async () => {
    const { saveReaderData, loadReaderData } = await import("@/app/components/reader-storage");
    db.set("reader-data-v2", structuredClone(data));
    await saveReaderData(data, splitBundle(bundle, 2));
    expect(db.has("reader-data-v2")).toBe(false);
    await saveReaderData(null);
    expect(await loadReaderData()).toBeNull();
  });

  it("stored by the upload worker, it loads as the bundle that was applied", async () => {
    const { saveReaderData, loadReaderData } = await import("@/app/components/reader-storage");
    const { keepPacked } = await import("@/lib/upload/reader-db");
    const keptBy = keepPacked(splitBundle(bundle, 2), { mode: data.mode, files: data.files });
    expect(await saveReaderData(data, { keptBy })).toBe(true);
    expect(await loadReaderData()).toEqual(data);
  });

  it("not kept when the worker could not store it", async () => {
    const { saveReaderData } = await import("@/app/components/reader-storage");
    expect(await saveReaderData(data, { keptBy: Promise.resolve(false) })).toBe(false);
  });

  it("forgetting waits for the worker's store asked before it, so nothing is left", async () => {
    const { saveReaderData, loadReaderData } = await import("@/app/components/reader-storage");
    const { keepPacked } = await import("@/lib/upload/reader-db");
    let stored!: () => void;
    const workerDone = new Promise<void>((resolve) => (stored = resolve));
    // The worker's store lands only after "Remove" was asked for.
    const keptBy = workerDone.then(() =>
      keepPacked(splitBundle(bundle, 2), { mode: data.mode, files: data.files }),
    );
    const applied = saveReaderData(data, { keptBy });
    const removed = saveReaderData(null);
    stored();
    expect(await applied).toBe(true);
    expect(await removed).toBe(true);
    expect(db.has("reader-data-v3")).toBe(false);
    expect(await loadReaderData()).toBeNull();
  });
});
