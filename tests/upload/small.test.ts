import { describe, expect, it } from "vitest";
import type { RowError, ValidationReport } from "@/lib/data/types";
import { previewErrors } from "@/lib/upload/preview";
import { formatBytes, MAX_UPLOAD_BYTES, sizeRefusal } from "@/lib/upload/size";

const error = (row: number, code: RowError["code"] = "ragged_row"): RowError => ({
  row,
  column: "",
  code,
  message: "m",
});

describe("previewErrors(report, limit)", () => {
  const report: ValidationReport<unknown> = {
    dataset: "d",
    rows: 5,
    valid: [],
    rejectedRows: [2, 3, 5],
    errors: [
      error(1, "unknown_column"),
      error(2),
      error(3, "not_a_number"),
      error(3, "bad_period"),
      error(5),
    ],
  };
  it.each([
    { limit: 1, rows: [1, 2] },
    { limit: 2, rows: [1, 2, 3, 3] },
    { limit: 3, rows: [1, 2, 3, 3, 5] },
    { limit: 9, rows: [1, 2, 3, 3, 5] },
  ])(
    "the first $limit rejected rows keep all their errors, the header's first",
    ({ limit, rows }) => {
      expect(previewErrors(report, limit).map((e) => e.row)).toEqual(rows);
    },
  );
});

describe("the size limit", () => {
  it("is 100 MB, counted in 1024s", () => {
    expect(MAX_UPLOAD_BYTES).toBe(104_857_600);
    expect(formatBytes(MAX_UPLOAD_BYTES)).toBe("100 MB");
  });

  it.each([
    { bytes: 0, text: "0 bytes" },
    { bytes: 1023, text: "1,023 bytes" },
    { bytes: 1536, text: "2 KB" },
    { bytes: 23_493_693, text: "22.4 MB" },
  ])("formatBytes($bytes) is $text", ({ bytes, text }) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("lets a file of exactly the limit through and refuses one byte more, saying it was not read", () => {
    expect(sizeRefusal("a.csv", MAX_UPLOAD_BYTES)).toBeNull();
    expect(sizeRefusal("a.csv", MAX_UPLOAD_BYTES + 1)).toBe(
      "a.csv is 100.0 MB (104,857,601 bytes), over the limit of 100 MB (104,857,600 bytes), so it was not read. Split it into smaller files (one dataset each) and upload those.",
    );
  });
});
