// The ledger's functions on small hand-made ledgers, values worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import type { Source } from "@/lib/data/types";
import { selfContradictions } from "@/lib/ledger/contradictions";
import { halfUnit } from "@/lib/ledger/rounding";
import { readLedger } from "@/lib/ledger/read";
import { outletOf, spreadOf } from "@/lib/ledger/spread";

const H = "quantity,period,value,unit,source_id,note";
const IDS = new Set(["reuters-page", "mees", "bloomberg-page", "btcc", "good", "tass"]);
const src = (id: string, publisher: string, via = ""): Source => ({
  id,
  publisher,
  via,
  title: "",
  date: "",
  url: "",
  quote: "q",
});
const SOURCES = [
  src("reuters-page", "Asia Financial", "Reuters"),
  src("mees", "MEES"),
  src("bloomberg-page", "BNN Bloomberg", "Bloomberg"),
  src("tass", "TASS"),
];

function ledger(rows: string[]) {
  const report = readLedger(`${H}\n${rows.join("\n")}\n`, IDS);
  expect(report.errors).toEqual([]);
  return report.valid;
}

describe("readLedger(text, knownSourceIds)", () => {
  it("reports each bad cell with its spreadsheet row and code, and keeps the good rows", () => {
    const report = readLedger(
      `${H}\nq_mt,2023,107.02,Mt,tass,\nq_mt,2023-13,1,Mt,tass,\nq_mt,2023,1e3,Mt,tass,\nq_mt,2023,1,tonnes,tass,\nq_mt,2023,1,Mt,nobody,\nq_mt,2023,107,Mt,tass,\n`,
      IDS,
    );
    expect(report.valid.map((e) => [e.row, e.valueText])).toEqual([[2, "107.02"]]);
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "period", "bad_period"],
      [4, "value", "not_a_number"],
      [5, "unit", "unknown_unit"],
      [6, "source_id", "unknown_source"],
      // a key of several columns is named in the message; `column` names one column or none
      [7, "", "duplicate_key"],
    ]);
  });
});

describe("spreadOf(ledger, sources, quantity, period)", () => {
  const rows = ledger([
    "russia_crude_to_china_mbd,2023,2.14,mb/d,reuters-page,",
    "russia_crude_to_china_mbd,2023,2.14,mb/d,mees,",
    "russia_crude_to_china_mbd,2023,2.15,mb/d,bloomberg-page,",
    "russia_crude_to_china_mbd,2024,2.17,mb/d,reuters-page,",
  ]);

  it("gives 2.14–2.15 mb/d for 2023 from 3 statements by 3 outlets (the original agency, not the repost)", () => {
    expect(spreadOf(rows, SOURCES, "russia_crude_to_china_mbd", "2023")).toEqual({
      quantity: "russia_crude_to_china_mbd",
      period: "2023",
      unit: "mb/d",
      min: 2.14,
      max: 2.15,
      count: 3,
      outlets: ["Reuters", "MEES", "Bloomberg"],
    });
  });

  it("keeps periods apart: 2024 has one statement, min = max = 2.17", () => {
    expect(spreadOf(rows, SOURCES, "russia_crude_to_china_mbd", "2024")).toMatchObject({
      min: 2.17,
      max: 2.17,
      count: 1,
      outlets: ["Reuters"],
    });
  });

  it("is null for a quantity or period with no statement", () => {
    expect(spreadOf(rows, SOURCES, "russia_crude_to_china_mbd", "2025")).toBeNull();
    expect(spreadOf(rows, SOURCES, "nothing", "2023")).toBeNull();
  });

  it("counts two reposts of the same agency as one outlet", () => {
    expect(outletOf(src("a", "Gulf News", "Reuters"), "a")).toBe("Reuters");
    expect(outletOf(src("b", "MEES"), "b")).toBe("MEES");
    expect(outletOf(undefined, "gone")).toBe("gone");
  });
});

describe("halfUnit(valueText)", () => {
  it.each([
    ["2.14", 0.005],
    ["107", 0.5],
    ["10.50", 0.005],
  ])("%s allows ± %d", (text, half) => {
    expect(halfUnit(text)).toBeCloseTo(half, 12);
  });
});

describe("selfContradictions(ledger)", () => {
  it("flags a page whose rate its own tonnage contradicts: 57.71 Mt over Jan–Jul 2025 is 1.987 mb/d, not 2.85", () => {
    const rows = ledger([
      "russia_crude_to_china_mt,2025-01/07,57.71,Mt,btcc,",
      "russia_crude_to_china_mbd,2025-01/07,2.85,mb/d,btcc,",
    ]);
    const found = selfContradictions(rows);
    expect(found.map((f) => [f.page, f.period, f.rate.value])).toEqual([
      ["btcc", "2025-01/07", 2.85],
    ]);
    // 57.705 × 7.3 / 212 = 1.98703…; 57.715 × 7.3 / 212 = 1.98737…
    expect(found[0]!.impliedLow).toBeCloseTo(1.98703, 4);
    expect(found[0]!.impliedHigh).toBeCloseTo(1.98737, 4);
  });

  it("does not flag 1.99 mb/d for the same 57.71 Mt (1.985 ≤ 1.987 ≤ 1.995)", () => {
    const rows = ledger([
      "russia_crude_to_china_mt,2025-01/07,57.71,Mt,good,",
      "russia_crude_to_china_mbd,2025-01/07,1.99,mb/d,good,",
    ]);
    expect(selfContradictions(rows)).toEqual([]);
  });

  it("flags 557.73 Mt with 11.55 mb/d for 2025 (557.73 × 7.3 / 365 = 11.15) and passes 577.73 (11.555)", () => {
    const rows = ledger([
      "china_total_crude_mt,2025,557.73,Mt,btcc,",
      "china_total_crude_mbd,2025,11.55,mb/d,btcc,",
      "china_total_crude_mt,2025,577.73,Mt,good,",
      "china_total_crude_mbd,2025,11.55,mb/d,good,",
    ]);
    expect(selfContradictions(rows).map((f) => [f.page, f.tonnes.value])).toEqual([
      ["btcc", 557.73],
    ]);
  });

  it("allows the rounding of both figures: Bloomberg's 107 Mt and 2.15 mb/d agree (106.5–107.5 Mt is 2.124–2.150)", () => {
    const rows = ledger([
      "russia_crude_to_china_mt,2023,107,Mt,bloomberg-page,",
      "russia_crude_to_china_mbd,2023,2.15,mb/d,bloomberg-page,",
    ]);
    expect(selfContradictions(rows)).toEqual([]);
  });

  it("counts a year as 365 or 366 days: Reuters' 108.5 Mt = 2.17 mb/d for leap 2024 passes", () => {
    const rows = ledger([
      "russia_crude_to_china_mt,2024,108.5,Mt,reuters-page,",
      "russia_crude_to_china_mbd,2024,2.17,mb/d,reuters-page,",
    ]);
    expect(selfContradictions(rows)).toEqual([]);
  });

  it("pairs two quoted sentences of one page by its url, and never two pages", () => {
    const pages = [
      { ...src("btcc", "BTCC"), url: "https://btcc.example/844032" },
      { ...src("good", "BTCC"), url: "https://btcc.example/844032" },
      { ...src("tass", "TASS"), url: "https://tass.example/1" },
    ];
    const rows = ledger([
      "russia_crude_to_china_mt,2025-01/07,57.71,Mt,btcc,",
      "russia_crude_to_china_mbd,2025-01/07,2.85,mb/d,good,",
      "russia_crude_to_china_mbd,2025-01/07,2.9,mb/d,tass,",
    ]);
    expect(selfContradictions(rows).map((f) => f.page)).toEqual([]);
    expect(selfContradictions(rows, pages).map((f) => [f.page, f.rate.value])).toEqual([
      ["https://btcc.example/844032", 2.85],
    ]);
  });

  it("compares only one page with itself: 107.02 Mt (Reuters) and 2.85 mb/d (another page) are not a pair", () => {
    const rows = ledger([
      "russia_crude_to_china_mt,2023,107.02,Mt,reuters-page,",
      "russia_crude_to_china_mbd,2023,2.85,mb/d,btcc,",
    ]);
    expect(selfContradictions(rows)).toEqual([]);
  });
});
