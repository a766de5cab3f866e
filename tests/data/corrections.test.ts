// The audit's corrections (the data audit and its table of corrections, kept with the reference research outside this repository), asserted
// row by row against a table typed here from the reference, not from what the loader printed.
import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

let bundle: DataBundle;
beforeAll(async () => {
  bundle = await loadBundle(DATA_DIR);
});

type Row = [
  dataset: string,
  period: string,
  series: string,
  unit: string,
  value: number,
  basis: string,
];

// Each: the audit finding, then the row as the reference states it.
const CORRECTED: [finding: string, row: Row, sourceId: string][] = [
  ["D9", ["prices", "2023-09", "urals_price", "USD/bbl", 83.08, "reported"], "tass-urals-2023-09"],
  [
    "D1",
    ["crude_annual", "2024", "china_total", "Mt", 553.41, "reported"],
    "tass-china-crude-total-2024",
  ],
  ["D6", ["gas_china", "2024", "lng", "Mt", 8.3, "reported"], "tass-russia-crude-lng-2024"],
  [
    "M3",
    ["savings", "2023-01/09", "import_bill_russian_crude", "USD bn", 43.6, "reported"],
    "tass-import-bill-2023-01-09",
  ],
  [
    "M1",
    ["crude_annual", "2023-01/09", "russia_seaborne", "mb/d", 1.3, "reported"],
    "sinodefenceforum-seaborne-2023-01-09",
  ],
  [
    "M1",
    ["crude_annual", "2023-01/09", "russia_pipeline", "mb/d", 0.8, "reported"],
    "sinodefenceforum-pipeline-2023-01-09",
  ],
  [
    "D2",
    ["crude_annual", "2023", "russia_pipeline", "Mt", 40, "reported"],
    "vestikavkaza-crude-split-2023",
  ],
  [
    "D2",
    ["crude_annual", "2023", "russia_seaborne", "Mt", 67, "reported"],
    "vestikavkaza-crude-split-2023",
  ],
  [
    "D3",
    ["crude_monthly", "2023-01/06", "russia_ytd", "Mt", 52.6, "reported"],
    "tass-russia-crude-2023-01-06",
  ],
  [
    "D3",
    ["crude_monthly", "2023-01/09", "russia_ytd", "Mt", 79.9, "reported"],
    "tass-russia-crude-2023-01-09",
  ],
  [
    "D10",
    ["prices", "2023-09", "dated_brent", "USD/bbl", 93.98, "reported"],
    "nasdaq-urals-2023-09",
  ],
  [
    "D10",
    ["prices", "2023-10", "dated_brent", "USD/bbl", 91.09, "reported"],
    "nasdaq-urals-discount-2023-10",
  ],
  [
    "gap",
    ["prices", "2023-11", "dated_brent", "USD/bbl", 83.12, "reported"],
    "brecorder-urals-discount-2023-11",
  ],
  [
    "gap",
    ["prices", "2023-11", "urals_price", "USD/bbl", 72.84, "reported"],
    "brecorder-urals-2023-11",
  ],
  [
    "gap",
    ["prices", "2023-11", "urals_discount_to_dated_brent", "USD/bbl", 10.28, "reported"],
    "brecorder-urals-discount-2023-11",
  ],
  [
    "gap",
    ["prices", "2023-01/09", "urals_price", "USD/bbl", 59.54, "reported"],
    "tass-urals-2023-01-09",
  ],
  ["D5", ["gas_china", "2021", "lng", "Mt", 4.5, "derived"], "tass-lng-2022-growth"],
  [
    "M4",
    ["gas_china", "2023", "power_of_siberia_contract", "bcm", 22, "derived"],
    "unn-power-of-siberia-2023-contract",
  ],
  [
    "C4",
    ["prices", "2023-08/09", "espo_vs_ice_brent_low", "USD/bbl", -2, "reported"],
    "hellenicshipping-espo-2023-08-09",
  ],
  [
    "C4",
    ["prices", "2023-08/09", "espo_vs_ice_brent_high", "USD/bbl", -1, "reported"],
    "hellenicshipping-espo-2023-08-09",
  ],
  [
    "C4",
    ["prices", "2023-10", "espo_vs_ice_brent_low", "USD/bbl", 0.3, "reported"],
    "hellenicshipping-espo-2023-10",
  ],
  [
    "C4",
    ["prices", "2023-10", "espo_vs_ice_brent_high", "USD/bbl", 0.6, "reported"],
    "hellenicshipping-espo-2023-10",
  ],
  [
    "C4",
    ["prices", "2023-12", "espo_vs_ice_brent_low", "USD/bbl", -1, "reported"],
    "hellenicshipping-espo-2023-12",
  ],
  [
    "C4",
    ["prices", "2023-12", "espo_vs_ice_brent_high", "USD/bbl", -0.5, "reported"],
    "hellenicshipping-espo-2023-12",
  ],
];

function rowsOf(dataset: string, period: string, series: string, unit: string) {
  const rows = bundle.datasets[dataset as keyof DataBundle["datasets"]] ?? [];
  return rows.filter((o) => o.period.label === period && o.series === series && o.unit === unit);
}

describe("the audit's corrections are in data/", () => {
  it.each(CORRECTED)(
    "%s: %j cites %s",
    (_finding, [dataset, period, series, unit, value, basis], sourceId) => {
      const rows = rowsOf(dataset, period, series, unit);
      expect(rows.map((o) => [o.value, o.basis, o.sourceId])).toEqual([[value, basis, sourceId]]);
    },
  );

  it("keeps Reuters' 83.30 and 83.80 for September 2023 Urals in the row's note, not as the value", () => {
    const [row] = rowsOf("prices", "2023-09", "urals_price", "USD/bbl");
    expect(row?.note).toContain("83.30");
    expect(row?.note).toContain("83.80");
  });

  it("quotes each corrected value's sentence in the cited source (the value's digits appear in it)", () => {
    const quotes = new Map(bundle.sources.map((s) => [s.id, s.quote]));
    for (const [, [, , , , value, basis], sourceId] of CORRECTED) {
      if (basis !== "reported") continue;
      const digits = String(Math.abs(value));
      const quote = quotes.get(sourceId) ?? "";
      // 0.8 mb/d is written "800,000 bpd", 0.3/0.6 as "30 to 60 cents".
      const alternatives: Record<string, string> = {
        "0.8": "800,000",
        "0.3": "30",
        "0.6": "60",
        "0.5": "0.50",
      };
      expect(
        [digits, alternatives[digits]].some((d) => d !== undefined && quote.includes(d)),
        sourceId,
      ).toBe(true);
    }
  });
});

describe("provenance rules over every shipped row", () => {
  it("cites no project README: no source id starts with reference-notes and no url points into shared/", () => {
    const cited = [
      ...Object.values(bundle.datasets)
        .flat()
        .map((o) => o.sourceId),
      ...bundle.factors.map((f) => f.sourceId),
      ...bundle.events.map((e) => e.sourceId),
    ];
    expect(cited.filter((id) => id.startsWith("reference-notes"))).toEqual([]);
    expect(
      bundle.sources.filter((s) => s.id.startsWith("reference-notes")).map((s) => s.id),
    ).toEqual([]);
    expect(bundle.sources.filter((s) => s.url.startsWith("shared/")).map((s) => s.id)).toEqual([]);
  });

  it("holds no formula or annotation in a quote: none starts with DERIVED, none ends with a bracketed remark", () => {
    expect(bundle.sources.filter((s) => /^\s*DERIVED/i.test(s.quote)).map((s) => s.id)).toEqual([]);
    expect(
      bundle.sources
        .filter((s) => /\((?:[^)]*;)?\s*weak[^)]*\)\s*$/i.test(s.quote))
        .map((s) => s.id),
    ).toEqual([]);
  });

  it("resolves every source_id of every row, factor and event", () => {
    const ids = new Set(bundle.sources.map((s) => s.id));
    const cited = [
      ...Object.values(bundle.datasets)
        .flat()
        .map((o) => o.sourceId),
      ...bundle.factors.map((f) => f.sourceId),
      ...bundle.events.map((e) => e.sourceId),
    ];
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("names the original outlet (via) of the Reuters and Bloomberg reposts the audit lists (S1)", () => {
    const VIA: [id: string, via: string][] = [
      ["asiafinancial-russia-crude-2023", "Reuters"],
      ["unn-russia-crude-2024", "Reuters"],
      ["nasdaq-urals-2023-10", "Reuters"],
      ["hellenicshipping-espo-2023-11", "Reuters"],
      ["moscowtimes-russia-crude-2014-mt", "Bloomberg"],
    ];
    const via = new Map(bundle.sources.map((s) => [s.id, s.via]));
    expect(VIA.map(([id]) => [id, via.get(id)])).toEqual(VIA);
  });
});

describe("conversion factors (D13, D14, M5)", () => {
  const F: [
    id: string,
    value: number,
    low: number,
    high: number,
    unit: string,
    sourceId: string,
  ][] = [
    ["crude_bbl_per_tonne", 7.3, 7.22, 7.45, "bbl/t", "asiafinancial-russia-crude-2023"],
    ["lng_bcm_per_mt", 1.36, 1.31, 1.36, "bcm/Mt", "bp-conversion-lng"],
    ["crude_toe_per_bbl", 0.136, 0.136, 0.136, "toe/bbl", "spe-unit-conversion"],
  ];
  it.each(F)("%s is %d (%d–%d) %s, from %s", (id, value, low, high, unit, sourceId) => {
    const f = bundle.factors.find((x) => x.id === id);
    expect(f && [f.value, f.low, f.high, f.unit, f.sourceId]).toEqual([
      value,
      low,
      high,
      unit,
      sourceId,
    ]);
  });

  it("takes no LNG range end from the article's implied 1.375 (nor its rounding 1.38)", () => {
    const f = bundle.factors.find((x) => x.id === "lng_bcm_per_mt")!;
    expect(f.high).toBeLessThan(1.37);
  });

  it("calls every unsourced range end the project's assumption in the note", () => {
    for (const id of ["crude_bbl_per_tonne", "lng_bcm_per_mt"]) {
      expect(bundle.factors.find((x) => x.id === id)!.note).toMatch(/the project’s assumption/);
    }
  });

  it("quotes SPE's 0.136 toe per barrel verbatim", () => {
    const spe = bundle.sources.find((s) => s.id === "spe-unit-conversion")!;
    expect(spe.quote).toBe("Barrels of oil (bbl) X 0.136 = Tonnes of oil equivalent (toe)");
  });
});
