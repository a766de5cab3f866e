// The shipped ledger.csv against the reference: spreads and contradictions worked out by hand
// from the reference research (its 2025 notes §11, the audit's D9, its provenance §1a, §2.5).
import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { selfContradictions } from "@/lib/ledger/contradictions";
import { spreadOf } from "@/lib/ledger/spread";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

let bundle: DataBundle;
beforeAll(async () => {
  bundle = await loadBundle(DATA_DIR);
});

type Expected = [
  quantity: string,
  period: string,
  min: number,
  max: number,
  count: number,
  outlets: string[],
];

const SPREADS: Expected[] = [
  ["russia_crude_to_china_mbd", "2023", 2.14, 2.15, 3, ["Reuters", "MEES", "Bloomberg"]],
  ["russia_crude_to_china_mt", "2023", 107, 107.02, 3, ["Reuters", "TASS", "Bloomberg"]],
  ["russia_crude_to_china_mt", "2024", 108.47, 108.5, 3, ["Reuters", "TASS"]],
  [
    "gas_russia_to_china_bcm",
    "2023",
    33.7,
    34,
    2,
    ["Seed article (May 2024, Putin's visit to Beijing)", "TASS"],
  ],
  ["pos_deliveries_bcm", "2022", 15.4, 15.5, 3, ["TASS", "Gazprom", "Radio Metro"]],
  ["urals_price", "2023-09", 83.08, 83.8, 3, ["TASS", "Reuters"]],
  ["china_total_crude_mt", "2025", 557.73, 577.73, 3, ["Interfax", "OilPriceLive", "Reuters"]],
];

describe("the shipped ledger", () => {
  it.each(SPREADS)(
    "%s %s spans %d–%d over %d statements",
    (quantity, period, min, max, count, outlets) => {
      expect(spreadOf(bundle.ledger, bundle.sources, quantity, period)).toMatchObject({
        min,
        max,
        count,
        outlets,
      });
    },
  );

  it("flags exactly the statements their own page contradicts: btcc's 2.85 mb/d and the two 557.73 Mt pages", () => {
    const found = selfContradictions(bundle.ledger, bundle.sources).map((f) => [
      f.tonnes.sourceId,
      f.period,
      f.tonnes.value,
      f.rate.value,
    ]);
    expect(found.sort()).toEqual(
      [
        ["btcc-russia-crude-2025-01-07", "2025-01/07", 57.71, 2.85],
        ["oedigital-china-crude-total-2025", "2025", 557.73, 11.55],
        ["oilpricelive-china-crude-total-2025", "2025", 557.73, 11.55],
      ].sort(),
    );
  });

  it("states each value in its source's quote (digits as the page writes them)", () => {
    const quote = new Map(bundle.sources.map((s) => [s.id, s.quote]));
    const missing = bundle.ledger.filter((e) => {
      const q = quote.get(e.sourceId) ?? "";
      const spellings = [e.valueText, e.valueText.replace(".", ",")];
      // "15,5 млрд" style decimal commas; "2 million b/d" writes 2 as 2.
      return !spellings.some((s) => q.includes(s));
    });
    expect(missing.map((e) => [e.row, e.valueText, e.sourceId])).toEqual([]);
  });

  it("keeps the misprinted 557.73 out of the dataset: crude_annual's 2025 total is 577.73", () => {
    const total = bundle.datasets.crude_annual.filter(
      (o) => o.series === "china_total" && o.period.label === "2025" && o.unit === "Mt",
    );
    expect(total.map((o) => o.value)).toEqual([577.73]);
  });
});
