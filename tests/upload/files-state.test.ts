import { describe, expect, it } from "vitest";
import {
  filesReducer,
  knownSourceIds,
  nextToRead,
  type UploadFile,
} from "@/app/components/upload/files-state";
import type { ParsedFile } from "@/app/components/upload/protocol";
import { MAX_UPLOAD_BYTES } from "@/lib/upload/size";

const file = (name: string, bytes = 10) => ({ name, size: bytes }) as File;
const add = (files: UploadFile[], ...names: string[]) =>
  filesReducer(files, {
    type: "add",
    files: names.map((name) => ({ id: name, file: file(name) })),
  });
const statuses = (files: UploadFile[]) => files.map((f) => [f.id, f.status, f.target]);
const parsed = (over: Partial<ParsedFile> = {}): ParsedFile => ({
  dataset: "sources",
  header: [],
  rows: 1,
  valid: 1,
  rejected: 0,
  errors: [],
  errorCount: 0,
  sourceIds: [],
  notes: [],
  lines: { total: 2, above: 0, header: 1, rows: 1, blank: 0, empty: 0 },
  wide: null,
  ...over,
});

describe("filesReducer: the rejected rows' CSV, written when the reader asks", () => {
  const doneFile = () => {
    const files = add([], "sources.csv");
    return filesReducer(files, {
      type: "done",
      id: "sources.csv",
      result: parsed({ rejected: 2, errorCount: 2 }),
    });
  };
  const csv = new Blob(["row,reasons\n"]);

  it("is asked, then arrives and is kept; asking again changes nothing", () => {
    const asked = filesReducer(doneFile(), { type: "rejected-csv-asked", id: "sources.csv" });
    expect(asked[0]!.rejectedCsv).toBe("asked");
    const arrived = filesReducer(asked, { type: "rejected-csv", id: "sources.csv", csv });
    expect(arrived[0]!.rejectedCsv).toBe(csv);
    const again = filesReducer(arrived, { type: "rejected-csv-asked", id: "sources.csv" });
    expect(again[0]!.rejectedCsv).toBe(csv);
  });

  it("ignores a CSV nobody asked for (a file read again meanwhile)", () => {
    const files = filesReducer(doneFile(), { type: "rejected-csv", id: "sources.csv", csv });
    expect(files[0]!.rejectedCsv).toBe(null);
  });

  it("can be asked again after the writing failed, or the worker stopped, with the reason shown", () => {
    const asked = filesReducer(doneFile(), { type: "rejected-csv-asked", id: "sources.csv" });
    const failed = filesReducer(asked, { type: "error", id: "sources.csv", message: "Broke." });
    expect([failed[0]!.status, failed[0]!.rejectedCsv, failed[0]!.message]).toEqual([
      "done",
      null,
      "Broke.",
    ]);
    const stopped = filesReducer(asked, { type: "worker-failed", message: "Stopped." });
    expect([stopped[0]!.status, stopped[0]!.rejectedCsv]).toEqual(["done", null]);
  });
});

describe("filesReducer: what happens to each file", () => {
  it("reads sources.csv first, holds datasets while a header is being read, asks about the unknown", () => {
    const files = add([], "crude_annual.csv", "export.csv", "sources.csv");
    expect(statuses(files)).toEqual([
      ["crude_annual.csv", "queued", "crude_annual"],
      ["export.csv", "checking", null],
      ["sources.csv", "reading", "sources"],
    ]);
    const known = filesReducer(files, { type: "header", id: "export.csv", fields: ["period"] });
    expect(statuses(known)[1]).toEqual(["export.csv", "choose", null]);
  });

  it("refuses a file over the size limit without reading it", () => {
    const [f] = filesReducer([], {
      type: "add",
      files: [{ id: "a", file: file("prices.csv", MAX_UPLOAD_BYTES + 1) }],
    });
    expect([f!.status, f!.target]).toEqual(["refused", null]);
    expect(f!.message).toContain("was not read");
  });

  it("starts the next file when one is done, cancelled or fails", () => {
    let files = add([], "prices.csv", "gas_china.csv", "savings.csv");
    expect(statuses(files).map((s) => s[1])).toEqual(["reading", "queued", "queued"]);
    files = filesReducer(files, {
      type: "done",
      id: "prices.csv",
      result: parsed({ dataset: "prices" }),
    });
    expect(statuses(files).map((s) => s[1])).toEqual(["done", "reading", "queued"]);
    files = filesReducer(files, { type: "cancel", id: "gas_china.csv" });
    expect(statuses(files).map((s) => s[1])).toEqual(["done", "cancelled", "reading"]);
    files = filesReducer(files, { type: "error", id: "savings.csv", message: "bad" });
    expect(statuses(files).map((s) => s[1])).toEqual(["done", "cancelled", "failed"]);
  });

  it("ignores a late message about a file that was cancelled or removed", () => {
    let files = add([], "prices.csv");
    files = filesReducer(files, { type: "cancel", id: "prices.csv" });
    const late = filesReducer(files, { type: "done", id: "prices.csv", result: parsed() });
    expect(statuses(late)).toEqual([["prices.csv", "cancelled", "prices"]]);
    expect(filesReducer(files, { type: "error", id: "prices.csv", message: "late" })).toEqual(
      files,
    );
    expect(
      filesReducer([], { type: "progress", id: "gone", rows: 1, bytes: 1, totalBytes: 2 }),
    ).toEqual([]);
  });

  it("reads a file once the reader has chosen its dataset", () => {
    let files = add([], "export.csv");
    files = filesReducer(files, { type: "header", id: "export.csv", fields: ["period"] });
    files = filesReducer(files, { type: "choose", id: "export.csv", target: "crude_monthly" });
    expect(statuses(files)).toEqual([["export.csv", "reading", "crude_monthly"]]);
  });

  it("fails everything in flight when the worker fails", () => {
    let files = add([], "prices.csv", "savings.csv");
    files = filesReducer(files, { type: "worker-failed", message: "stopped" });
    expect(statuses(files).map((s) => s[1])).toEqual(["failed", "failed"]);
  });
});

describe("nextToRead and knownSourceIds", () => {
  it("reads nothing while a file is being read", () => {
    const files = add([], "prices.csv", "savings.csv");
    expect(nextToRead(files)).toBeNull();
  });

  it("lets a dataset cite the ids of a sources file read before it", () => {
    let files = add([], "sources.csv", "prices.csv");
    files = filesReducer(files, {
      type: "done",
      id: "sources.csv",
      result: parsed({ sourceIds: ["new-src"] }),
    });
    expect(statuses(files)[1]![1]).toBe("reading");
    expect(knownSourceIds(["s"], files)).toEqual(["s", "new-src"]);
  });
});
