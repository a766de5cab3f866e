// The dashboard asks for the reader's stored data without fetching IndexedDB's code when the browser
// says it holds no database of the site's (app/components/reader-stored.ts): a first visit.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const opened: string[] = [];
vi.mock("idb-keyval", () => ({
  createStore: (dbName: string) => (opened.push(dbName), {}),
  set: async () => {},
}));
const loadReaderData = vi.fn(async () => ({ mode: "replace", files: [], bundle: {} }));
const saveReaderData = vi.fn(async () => true);
vi.mock("@/app/components/reader-storage", () => ({ loadReaderData, saveReaderData }));

const { keepReaderData, storedReaderData } = await import("@/app/components/reader-stored");

/** A browser whose IndexedDB lists these databases (or, for `null`, cannot list them). */
const browserWith = (names: string[] | null) =>
  vi.stubGlobal(
    "indexedDB",
    names === null ? {} : { databases: async () => names.map((name) => ({ name, version: 1 })) },
  );

beforeEach(() => vi.clearAllMocks());
afterEach(() => vi.unstubAllGlobals());

describe("storedReaderData()", () => {
  it('the database asked about is the one lib/upload/reader-db.ts keeps the data in: "russia-china-energy"', async () => {
    const { readerStore } = await import("@/lib/upload/reader-db");
    readerStore();
    expect(opened).toEqual(["russia-china-energy"]);
  });

  it.each([
    { description: "no database at all (a first visit)", names: [] },
    { description: "only other databases", names: ["another-site-db"] },
  ])(
    "is null without asking the storage code when the browser has $description",
    async ({ names }) => {
      browserWith(names);
      expect(await storedReaderData()).toBeNull();
      expect(loadReaderData).not.toHaveBeenCalled();
    },
  );

  it.each([
    { description: "has the site's database", names: ["another-site-db", "russia-china-energy"] },
    { description: "cannot list its databases (Firefox before 126)", names: null },
  ])("asks the storage code when the browser $description", async ({ names }) => {
    browserWith(names);
    expect(await storedReaderData()).toEqual({ mode: "replace", files: [], bundle: {} });
    expect(loadReaderData).toHaveBeenCalledTimes(1);
  });

  it("is null when the storage code fails", async () => {
    browserWith(["russia-china-energy"]);
    loadReaderData.mockRejectedValueOnce(new Error("chunk failed"));
    expect(await storedReaderData()).toBeNull();
  });
});

describe("keepReaderData(data, packed)", () => {
  it("hands both to the storage code and resolves what it answers", async () => {
    const kept = Promise.resolve(true);
    expect(await keepReaderData(null, { keptBy: kept })).toBe(true);
    expect(saveReaderData).toHaveBeenCalledWith(null, { keptBy: kept });
  });

  it("resolves false when the storage code fails", async () => {
    saveReaderData.mockRejectedValueOnce(new Error("chunk failed"));
    expect(await keepReaderData(null)).toBe(false);
  });
});
