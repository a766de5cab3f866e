import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { createQuery, inputOf } from "@/lib/query/query";
import { TIDY_HEADER as H, type Files } from "../support/data";

// A small table, written out of order on purpose: the query sorts, the file need not.
const FILES: Files = {
  "sources.csv": "id,publisher,via,title,date,url,quote\ns,Test source,,,,,A sentence.\n",
  "factors.csv": [
    "id,value,low,high,unit,source_id,note",
    "crude_bbl_per_tonne,7.3,7.22,7.45,bbl/t,s,",
    "",
  ].join("\n"),
  "crude_annual.csv": [
    H,
    "2023,russia_seaborne,67,Mt,reported,s,",
    "2023-01/06,russia_seaborne,30,Mt,reported,s,",
    "2022,russia_seaborne,46,Mt,reported,s,",
    "2023-01/09,russia_seaborne,1.3,mb/d,reported,s,",
    "2023,russia,107.02,Mt,reported,s,",
    "",
  ].join("\n"),
};

const bundle = buildBundle(FILES);
const q = createQuery(bundle);

describe("rows", () => {
  it("lists a series' rows earliest first, a shorter span before a longer one that starts with it", () => {
    expect(q.rows("crude_annual", "russia_seaborne").map((o) => o.period.label)).toEqual([
      "2022",
      "2023-01/06",
      "2023-01/09",
      "2023",
    ]);
  });

  it("keeps only the rows of one unit when given one", () => {
    expect(q.rows("crude_annual", "russia_seaborne", "mb/d").map((o) => o.valueText)).toEqual([
      "1.3",
    ]);
  });

  it("lists nothing for a series with no rows", () => {
    expect(q.rows("crude_annual", "china_total")).toEqual([]);
  });
});

describe("at", () => {
  it("finds the row of exactly the period and unit, as an input with its file row", () => {
    const f = q.at("crude_annual", "russia_seaborne", "2023", "Mt")!;
    expect(f.fallback).toBeNull();
    expect(f.input).toMatchObject({
      value: 67,
      valueText: "67",
      unit: "Mt",
      ref: "crude_annual.csv row 2",
      sourceId: "s",
      period: "2023",
      origin: "published",
    });
  });

  it("does not let a span stand in for a month, nor a year for its first nine months", () => {
    expect(q.at("crude_annual", "russia_seaborne", "2023-03", "Mt")).toBeNull();
    expect(q.at("crude_annual", "russia_seaborne", "2023-01/09", "Mt")).toBeNull();
  });

  it("finds nothing in another unit", () => {
    expect(q.at("crude_annual", "russia_seaborne", "2023", "mb/d")).toBeNull();
  });
});

describe("atOr", () => {
  it("answers with the period's own row, unflagged, when there is one", () => {
    const f = q.atOr("crude_annual", "russia_seaborne", "2023", "Mt", "2022", "why")!;
    expect([f.input.value, f.fallback]).toEqual([67, null]);
  });

  it("falls back to the row of `instead` and carries the reason as its flag", () => {
    const f = q.atOr(
      "crude_annual",
      "russia",
      "2023-01/09",
      "Mt",
      "2023",
      "annual 2023 volume used for 2023-01/09",
    )!;
    expect(f.input.value).toBe(107.02);
    expect(f.input.period).toBe("2023");
    expect(f.fallback).toBe("annual 2023 volume used for 2023-01/09");
  });

  it("is null when neither period has a row", () => {
    expect(q.atOr("crude_annual", "russia", "2021", "Mt", "2020", "why")).toBeNull();
  });
});

describe("covering", () => {
  it("finds the 2023-01/06 span for 2023-03 over the 2023 year: the shortest that covers it", () => {
    expect(q.covering("crude_annual", "russia_seaborne", "2023-03", "Mt")?.input.period).toBe(
      "2023-01/06",
    );
  });

  it("finds the year for 2023-08, which the January–June span does not cover", () => {
    expect(q.covering("crude_annual", "russia_seaborne", "2023-08", "Mt")?.input.period).toBe(
      "2023",
    );
  });

  it("finds a span for a span inside it: 2023-01/09 is covered by 2023", () => {
    expect(q.covering("crude_annual", "russia_seaborne", "2023-01/09", "Mt")?.input.value).toBe(67);
  });

  it("finds nothing for a period no row covers, or a label that is no period", () => {
    expect(q.covering("crude_annual", "russia_seaborne", "2024-01", "Mt")).toBeNull();
    expect(q.covering("crude_annual", "russia_seaborne", "March 2023", "Mt")).toBeNull();
  });
});

describe("factor", () => {
  it("gives the factor with its sourced range and a published input", () => {
    const f = q.factor("crude_bbl_per_tonne")!;
    expect([f.value, f.low, f.high]).toEqual([7.3, 7.22, 7.45]);
    expect(f.input).toMatchObject({
      label: "Factor crude_bbl_per_tonne",
      ref: "factor crude_bbl_per_tonne (range 7.22–7.45)",
      sourceId: "s",
      origin: "published",
    });
  });

  it("takes a scenario's value inside the range without moving the range", () => {
    const f = createQuery(bundle, { crude_bbl_per_tonne: 7.33 }).factor("crude_bbl_per_tonne")!;
    expect([f.value, f.low, f.high]).toEqual([7.33, 7.22, 7.45]);
    expect(f.input).toMatchObject({
      label: "Factor crude_bbl_per_tonne (your scenario)",
      sourceId: "",
      origin: "assumption",
    });
  });

  it("widens the range to hold a scenario value outside it (8 → 7.22–8)", () => {
    const f = createQuery(bundle, { crude_bbl_per_tonne: 8 }).factor("crude_bbl_per_tonne")!;
    expect([f.value, f.low, f.high]).toEqual([8, 7.22, 8]);
  });

  it("is null for a factor factors.csv does not have", () => {
    expect(q.factor("lng_bcm_per_mt")).toBeNull();
  });
});

describe("inputOf", () => {
  it("marks a reader's row as the reader's: “your” file, no source id", () => {
    const row = { ...q.rows("crude_annual", "russia")[0]!, origin: "reader" as const };
    expect(inputOf(row)).toMatchObject({
      ref: "your crude_annual.csv, row 6",
      sourceId: "",
      origin: "reader",
    });
  });
});
