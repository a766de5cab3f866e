import { describe, expect, it } from "vitest";
import { STREAM_CHUNK_SIZE } from "@/lib/csv/read";
import { findDataset } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { TIDY_HEADER } from "../support/data";

const SCHEMA = tidySchema(findDataset("crude_annual")!, new Set(["s"]));
const SERIES = ["russia", "saudi_arabia", "china_total"];
const UNITS = ["Mt", "mb/d"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Long data lines with distinct keys; every 7th has a quoted note with a line break inside. */
function lines(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const period = `${1990 + Math.floor(i / 72)}-${pad((i % 12) + 1)}`;
    const series = SERIES[Math.floor(i / 12) % 3]!;
    const unit = UNITS[Math.floor(i / 36) % 2]!;
    const note =
      i % 7 === 0 ? '"two lines,\nas a spreadsheet writes them"' : "customs data ".repeat(30);
    out.push(`${period},${series},${(i % 90) + 0.5},${unit},reported,s,${note}`);
  }
  return out;
}

describe("validateCsvText with a file larger than a read chunk", () => {
  const data = lines(7_000);
  // A record with a line break inside quotes is still one spreadsheet row.
  const rowOf = (index: number) => index + 2;
  const text = `${TIDY_HEADER}\n${[...data, data[0]!, data[5_000]!, data[0]!].join("\n")}\n`;

  it("is several chunks long (the premise)", () => {
    expect(text.length).toBeGreaterThan(2 * STREAM_CHUNK_SIZE);
  });

  it("accepts every row once and names the first row of each repeated key", () => {
    const report = validateCsvText(text, SCHEMA);
    expect(report.rows).toBe(7_003);
    expect(report.valid).toHaveLength(7_000);
    expect(report.valid.at(-1)!.row).toBe(rowOf(6_999));
    expect(report.errors.map((e) => [e.code, e.message])).toEqual([
      ["duplicate_key", `Same period, series and unit as row ${rowOf(0)}.`],
      ["duplicate_key", `Same period, series and unit as row ${rowOf(5_000)}.`],
      ["duplicate_key", `Same period, series and unit as row ${rowOf(0)}.`],
    ]);
    expect(report.rejectedRows).toEqual(report.errors.map((e) => e.row));
  });
});
