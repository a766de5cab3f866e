// The upload's and the Node pipeline's rounds as the report prints them: each round's own ratio,
// on figures written here.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the bench, without types
import { ownRatios, roundRatios } from "../../bench/report.mjs";

describe("roundRatios", () => {
  it("lists each round's upload over its own papaparse, lowest first", () => {
    const runs = [
      { toReportMs: 3000, papaparseFileMs: 2000 }, // 1.5
      { toReportMs: 2400, papaparseFileMs: 2000 }, // 1.2
      { toReportMs: 4000, papaparseFileMs: 2000 }, // 2.0
      { toReportMs: 0, papaparseFileMs: 2000 }, // no report: left out
    ];
    expect(roundRatios(runs)).toBe(
      "\neach round's own ratio, lowest to highest: 1.20×, 1.50×, 2.00×",
    );
  });

  it("says nothing for a single round", () => {
    expect(roundRatios([{ toReportMs: 3000, papaparseFileMs: 2000 }])).toBe("");
  });
});

describe("ownRatios", () => {
  it("names what it lists and divides each round's figure by that round's baseline", () => {
    // The Node pipeline at 1M rows: project and papaparse milliseconds of three rounds.
    const rounds = [
      [2700, 1500], // 1.80
      [2550, 1700], // 1.50
      [3300, 2000], // 1.65
    ];
    expect(ownRatios(rounds, "project / papaparse at 1,000,000 rows, each round")).toBe(
      "\nproject / papaparse at 1,000,000 rows, each round, lowest to highest: 1.50×, 1.65×, 1.80×",
    );
  });
});
