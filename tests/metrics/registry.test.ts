import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import { createContext, safeRatio } from "@/lib/metrics/context";
import { toePerTonneCrude } from "@/lib/metrics/energy";
import { gasBcmFromParts } from "@/lib/metrics/gas";
import { millionBarrelsPerYearFromMbd, millionTonnesFromMillionBarrels } from "@/lib/metrics/oil";
import { cleanFloat, computeMetrics, METRIC_DEFINITIONS } from "@/lib/metrics/registry";
import { usdPerBarrel } from "@/lib/metrics/savings";
import type { Metric, Scenario } from "@/lib/metrics/types";
import { loadBundle } from "@/lib/server/load-data";
import {
  applyEdits,
  DATA_DIR,
  editLine,
  shippedFiles,
  TIDY_HEADER as H,
  withoutFile,
  type Files,
  type LineEdit,
} from "../support/data";
import { SHIPPED_METRICS as SHIPPED } from "../support/metrics";

const byId = (metrics: readonly Metric[]) => new Map(metrics.map((m) => [m.id, m]));

/** Every number a metric carries is finite or null: never NaN or Infinity. */
function expectNoNonFinite(metrics: readonly Metric[]) {
  for (const m of metrics) {
    for (const x of [m.value, m.low, m.high]) {
      if (x !== null) expect(Number.isFinite(x), `${m.id}: ${x}`).toBe(true);
    }
  }
}

const ALL_IDS = [
  "crude_barrels_per_year",
  "crude_tonnes_from_mbd",
  "crude_mbd_from_tonnes",
  "crude_growth_pct",
  "russia_share_of_china_crude_pct",
  "gas_base_implied_bcm",
  "gas_total_from_parts_bcm",
  "gas_growth_from_parts_pct",
  "lng_factor_implied_by_article",
  "pos_utilisation_pct",
  "pos_utilisation_next_year_pct",
  "crude_mtoe",
  "gas_mtoe",
  "gas_share_of_energy_pct",
  "savings_implied_discount_total_usd_per_bbl",
  "savings_implied_discount_seaborne_usd_per_bbl",
  "savings_at_scenario_discount_usd_bn",
  "savings_share_of_import_bill_pct",
  "europe_pipeline_lost_bcm",
  "pos_replaced_share_pct",
];

describe("computeMetrics on the shipped data", () => {
  let bundle: DataBundle;
  let metrics: Metric[];
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
    metrics = computeMetrics(bundle);
  });

  it("lists every metric once, in the methodology page's order", () => {
    expect(metrics.map((m) => m.id)).toEqual(ALL_IDS);
    expect(METRIC_DEFINITIONS.map((d) => d.id)).toEqual(ALL_IDS);
  });

  it.each(SHIPPED)("$id = $value ($low to $high)", ({ id, value, low, high, digits }) => {
    const m = byId(metrics).get(id)!;
    expect(m.value).toBeCloseTo(value, digits);
    expect(m.low).toBeCloseTo(low, digits);
    expect(m.high).toBeCloseTo(high, digits);
  });

  it("gives every metric a label about 2023, a unit, a formula and its inputs", () => {
    for (const m of metrics) {
      expect(m.label, m.id).toMatch(/2022|2023|2024/);
      expect(m.unit, m.id).not.toBe("");
      expect(m.formula, m.id).not.toBe("");
      expect(m.inputs.length, m.id).toBeGreaterThan(0);
    }
    expectNoNonFinite(metrics);
  });

  it("names the file row and source of each input (2.14 mb/d is crude_annual.csv row 18)", () => {
    expect(byId(metrics).get("crude_barrels_per_year")!.inputs).toEqual([
      {
        label: "From Russia, 2023",
        value: 2.14,
        unit: "mb/d",
        ref: "crude_annual.csv row 18",
        sourceId: "mees-russia-crude-2023",
      },
    ]);
  });

  it("drops floating-point noise: 2.14 × 365 is exactly 781.1, not 781.1000000000001", () => {
    expect(byId(metrics).get("crude_barrels_per_year")!.value).toBe(781.1);
  });

  it("follows the article's year: with the oil claim moved to 2024, 2.17 × 365 = 792.05", () => {
    const files = editLine(
      shippedFiles(),
      "article.csv",
      "2023,crude_exports_russia_to_china,",
      "2024,crude_exports_russia_to_china,2.17,mb/d,reported,article-oil,",
    );
    const m = byId(computeMetrics(buildBundle(files))).get("crude_barrels_per_year")!;
    expect(m.label).toContain("2024");
    expect(m.value).toBeCloseTo(792.05, 6);
  });
});

describe("computeMetrics with a scenario on the shipped data", () => {
  let bundle: DataBundle;
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
  });

  const changedIds = (scenario: Scenario) => {
    const before = byId(computeMetrics(bundle));
    return computeMetrics(bundle, scenario)
      .filter((m) => {
        const b = before.get(m.id)!;
        return m.value !== b.value || m.low !== b.low || m.high !== b.high;
      })
      .map((m) => m.id);
  };

  it.each([
    {
      description: "crudeBblPerTonne changes the five metrics that convert crude tonnes",
      scenario: { crudeBblPerTonne: 7.33 },
      changed: [
        "crude_tonnes_from_mbd",
        "crude_mbd_from_tonnes",
        "crude_mtoe",
        "gas_share_of_energy_pct",
        "savings_implied_discount_seaborne_usd_per_bbl",
      ],
    },
    {
      description: "lngBcmPerMt changes the four metrics that convert LNG tonnes",
      scenario: { lngBcmPerMt: 1.375 },
      changed: [
        "gas_total_from_parts_bcm",
        "gas_growth_from_parts_pct",
        "gas_mtoe",
        "gas_share_of_energy_pct",
      ],
    },
    {
      description: "nearlyFortyLowPct changes only the implied 2022 base",
      scenario: { nearlyFortyLowPct: 35 },
      changed: ["gas_base_implied_bcm"],
    },
    {
      description: "a savings discount changes only the savings at that discount",
      scenario: { savingsDiscountUsdPerBbl: 10 },
      changed: ["savings_at_scenario_discount_usd_bn"],
    },
    {
      description:
        "the seaborne volume alone changes nothing: its own implied discount gives the $4.34 bn back",
      scenario: { savingsVolume: "seaborne" as const },
      changed: [],
    },
    { description: "an empty scenario changes nothing", scenario: {}, changed: [] },
  ])("$description", ({ scenario, changed }) => {
    expect(changedIds(scenario)).toEqual(changed);
  });

  it.each([
    {
      description: "crudeBblPerTonne 7.33: 781.1 / 7.33 Mt, the range unchanged",
      scenario: { crudeBblPerTonne: 7.33 },
      id: "crude_tonnes_from_mbd",
      expected: { value: 106.5621, low: 104.8456, high: 108.1856 },
    },
    {
      description: "crudeBblPerTonne 8, above the range, widens it: low = value = 781.1 / 8",
      scenario: { crudeBblPerTonne: 8 },
      id: "crude_tonnes_from_mbd",
      expected: { value: 97.6375, low: 97.6375, high: 108.1856 },
    },
    {
      description: "lngBcmPerMt 1.375: 22.73 + 8 × 1.375 = 33.73 bcm",
      scenario: { lngBcmPerMt: 1.375 },
      id: "gas_total_from_parts_bcm",
      expected: { value: 33.73, low: 33.21, high: 33.77 },
    },
    {
      description: "a $10/bbl discount on all crude: 10 × 2.14 mb/d × 273 days / 1000 = 5.8422 bn",
      scenario: { savingsDiscountUsdPerBbl: 10 },
      id: "savings_at_scenario_discount_usd_bn",
      expected: { value: 5.8422, low: 5.8422, high: 5.8422 },
    },
    {
      description:
        "a $10/bbl discount on seaborne crude: 10 × (67 × 7.3 / 365 = 1.34) × 273 / 1000 = 3.6582 bn",
      scenario: { savingsDiscountUsdPerBbl: 10, savingsVolume: "seaborne" as const },
      id: "savings_at_scenario_discount_usd_bn",
      expected: { value: 3.6582, low: 3.6582, high: 3.6582 },
    },
    {
      description: "nearlyFortyLowPct 35: high end 33.7 / 1.35",
      scenario: { nearlyFortyLowPct: 35 },
      id: "gas_base_implied_bcm",
      expected: { value: 24.0714, low: 24.0714, high: 24.963 },
    },
  ])("$description", ({ scenario, id, expected }) => {
    const m = byId(computeMetrics(bundle, scenario)).get(id)!;
    expect(m.value).toBeCloseTo(expected.value, 3);
    expect(m.low).toBeCloseTo(expected.low, 3);
    expect(m.high).toBeCloseTo(expected.high, 3);
  });

  it("labels a scenario factor as the reader's own in the metric's inputs", () => {
    const m = byId(computeMetrics(bundle, { crudeBblPerTonne: 7.33 })).get(
      "crude_tonnes_from_mbd",
    )!;
    expect(m.inputs.map((i) => i.label)).toContain(
      "Conversion factor crude_bbl_per_tonne (your scenario)",
    );
  });

  it("never gives NaN or Infinity, even for zero or negative-100% scenarios", () => {
    const metrics = computeMetrics(bundle, {
      crudeBblPerTonne: 0,
      lngBcmPerMt: 0,
      nearlyFortyLowPct: -100,
    });
    expectNoNonFinite(metrics);
    const m = byId(metrics);
    // 781.1 / 0 has no value; the high end uses the factor's low end, now 0.
    expect(m.get("crude_tonnes_from_mbd")).toMatchObject({ value: null, high: null });
    // 33.7 / (1 − 100/100) = 33.7 / 0
    expect(m.get("gas_base_implied_bcm")!.high).toBeNull();
  });
});

// A small, made-up data folder with round numbers, so every metric can be checked by hand.
// Factors: crude 7.3 (7.2–7.5) bbl/t, LNG 1.4 (1.3–1.5) bcm/Mt, 0.9 Mtoe and 6 Mboe per bcm,
// so crude toe per tonne = bbl/t × 0.9 / 6 = bbl/t × 0.15.
const MINI: Files = {
  "sources.csv": "id,publisher,via,title,date,url,quote\ns,Test source,,,,,A sentence.\n",
  "factors.csv": [
    "id,value,low,high,unit,source_id,note",
    "crude_bbl_per_tonne,7.3,7.2,7.5,bbl/t,s,",
    "lng_bcm_per_mt,1.4,1.3,1.5,bcm/Mt,s,",
    "gas_mtoe_per_bcm,0.9,0.9,0.9,Mtoe/bcm,s,",
    "gas_mboe_per_bcm,6,6,6,Mboe/bcm,s,",
    "",
  ].join("\n"),
  "article.csv": [
    H,
    "2023,crude_exports_russia_to_china,2,mb/d,reported,s,",
    "2023,savings_discounted_russian_oil,5.46,USD bn,reported,s,",
    "2023,gas_imports_from_russia,30,bcm,reported,s,",
    "2023,gas_imports_growth,50,%,reported,s,",
    "",
  ].join("\n"),
  "crude_annual.csv": [
    H,
    "2022,russia,80,Mt,reported,s,",
    "2023,russia,100,Mt,reported,s,",
    "2023,russia,2,mb/d,reported,s,",
    "2023,china_total,500,Mt,reported,s,",
    "2023,russia_seaborne,73,Mt,reported,s,",
    "",
  ].join("\n"),
  "gas_china.csv": [
    H,
    "2022,power_of_siberia,10,bcm,reported,s,",
    "2022,lng,5,Mt,reported,s,",
    "2023,power_of_siberia,20,bcm,reported,s,",
    "2023,lng,5,Mt,reported,s,",
    "2024,power_of_siberia,30,bcm,reported,s,",
    "2024,power_of_siberia_capacity,40,bcm,capacity,s,",
    "",
  ].join("\n"),
  "gas_europe.csv": [
    H,
    "2018/2019,reuters_pipeline_europe_peak_low,170,bcm,reported,s,",
    "2018/2019,reuters_pipeline_europe_peak_high,180,bcm,reported,s,",
    "2023,reuters_pipeline_europe,25,bcm,reported,s,",
    "",
  ].join("\n"),
  "savings.csv": [
    H,
    "2023-01/09,russian_crude_savings,5.46,USD bn,estimate,s,",
    "2023,import_bill_russian_crude,54.6,USD bn,reported,s,",
    "",
  ].join("\n"),
};

const MINI_EXPECTED: Record<string, [value: number, low: number, high: number]> = {
  crude_barrels_per_year: [730, 730, 730], // 2 × 365
  crude_tonnes_from_mbd: [100, 97.3333, 101.3889], // 730 / 7.3; 730 / 7.5; 730 / 7.2
  crude_growth_pct: [25, 25, 25], // (100 / 80 − 1) × 100
  russia_share_of_china_crude_pct: [20, 20, 20], // 100 / 500 × 100
  gas_base_implied_bcm: [20, 20, 21.8182], // 30 / 1.5; 30 / 1.375
  gas_total_from_parts_bcm: [27, 26.5, 27.5], // 20 + 5 × 1.4; 20 + 5 × 1.3; 20 + 5 × 1.5
  // (27 / (10 + 7) − 1) × 100; at 1.5: (27.5 / 17.5 − 1) × 100; at 1.3: (26.5 / 16.5 − 1) × 100
  gas_growth_from_parts_pct: [58.8235, 57.1429, 60.6061],
  lng_factor_implied_by_article: [2, 2, 2], // (30 − 20) / 5
  pos_utilisation_pct: [50, 50, 50], // 20 / 40 × 100
  pos_utilisation_next_year_pct: [75, 75, 75], // 30 / 40 × 100
  crude_mtoe: [109.5, 108, 112.5], // 100 × 7.3 × 0.15; 100 × 7.2 × 0.15; 100 × 7.5 × 0.15
  gas_mtoe: [24.3, 23.85, 24.75], // 27 × 0.9; 26.5 × 0.9; 27.5 × 0.9
  // 24.3 / (24.3 + 109.5) × 100; 23.85 / (23.85 + 112.5) × 100; 24.75 / (24.75 + 108) × 100
  gas_share_of_energy_pct: [18.1614, 17.4917, 18.6441],
  savings_implied_discount_total_usd_per_bbl: [10, 10, 10], // 5460 / (2 × 273)
  // 5460 / (73 × 7.3 / 365 × 273) = 5460 / 398.58; at 7.5: 5460 / 409.5; at 7.2: 5460 / 393.12
  savings_implied_discount_seaborne_usd_per_bbl: [13.6986, 13.3333, 13.8889],
  // 5.46 / 54.6 × 100; high 5.46 / (54.6 × 273 / 365) × 100 = 10 × 365 / 273
  savings_share_of_import_bill_pct: [10, 10, 13.37],
  europe_pipeline_lost_bcm: [150, 145, 155], // 170 − 25 and 180 − 25, midpoint 150
  pos_replaced_share_pct: [13.3333, 12.9032, 13.7931], // 20 / 150; 20 / 155; 20 / 145 (× 100)
};

describe("computeMetrics on a small hand-made bundle", () => {
  const mini = computeMetrics(buildBundle(MINI));

  it("loads the fixture without a rejected row (so the cases below test the metrics)", () => {
    const bundle = buildBundle(MINI);
    const rejected = bundle.reports.filter((r) => r.file in MINI && r.errors.length > 0);
    expect(rejected).toEqual([]);
  });

  it.each(Object.entries(MINI_EXPECTED))("%s = %j", (id, [value, low, high]) => {
    const m = byId(mini).get(id)!;
    expect(m.value).toBeCloseTo(value, 3);
    expect(m.low).toBeCloseTo(low, 3);
    expect(m.high).toBeCloseTo(high, 3);
  });

  const nullCases: { description: string; files: Files; nullIds: string[] }[] = [
    {
      description: "without crude_annual.csv, every metric built on crude volumes is null",
      files: withoutFile(MINI, "crude_annual.csv"),
      nullIds: [
        "crude_barrels_per_year",
        "crude_tonnes_from_mbd",
        "crude_mbd_from_tonnes",
        "crude_growth_pct",
        "russia_share_of_china_crude_pct",
        "crude_mtoe",
        "gas_mtoe",
        "gas_share_of_energy_pct",
        "savings_implied_discount_total_usd_per_bbl",
        "savings_implied_discount_seaborne_usd_per_bbl",
        "savings_at_scenario_discount_usd_bn",
      ],
    },
    {
      description: "without factors.csv, every metric that converts units is null",
      files: withoutFile(MINI, "factors.csv"),
      nullIds: [
        "crude_tonnes_from_mbd",
        "crude_mbd_from_tonnes",
        "gas_total_from_parts_bcm",
        "gas_growth_from_parts_pct",
        "crude_mtoe",
        "gas_mtoe",
        "gas_share_of_energy_pct",
        "savings_implied_discount_seaborne_usd_per_bbl",
      ],
    },
    {
      description: "without article.csv, only the metrics of the article's gas figures are null",
      files: withoutFile(MINI, "article.csv"),
      nullIds: ["gas_base_implied_bcm", "lng_factor_implied_by_article"],
    },
    {
      description: "without the 2022 LNG row, only the gas growth is null",
      files: editLine(MINI, "gas_china.csv", "2022,lng,", null),
      nullIds: ["gas_growth_from_parts_pct"],
    },
    {
      description: "without the pipeline's capacity row, both utilisations are null",
      files: editLine(MINI, "gas_china.csv", "2024,power_of_siberia_capacity,", null),
      nullIds: ["pos_utilisation_pct", "pos_utilisation_next_year_pct"],
    },
    {
      description: "without the 2024 pipeline row, only next year's utilisation is null",
      files: editLine(MINI, "gas_china.csv", "2024,power_of_siberia,", null),
      nullIds: ["pos_utilisation_next_year_pct"],
    },
    {
      description: "without the savings estimate, the four savings metrics are null",
      files: editLine(MINI, "savings.csv", "2023-01/09,russian_crude_savings,", null),
      nullIds: [
        "savings_implied_discount_total_usd_per_bbl",
        "savings_implied_discount_seaborne_usd_per_bbl",
        "savings_at_scenario_discount_usd_bn",
        "savings_share_of_import_bill_pct",
      ],
    },
    {
      description: "without gas_europe.csv, the two Europe metrics are null",
      files: withoutFile(MINI, "gas_europe.csv"),
      nullIds: ["europe_pipeline_lost_bcm", "pos_replaced_share_pct"],
    },
    {
      description: "with a rejected row (2023 Mt written 1,00), that row counts as missing",
      files: editLine(
        MINI,
        "crude_annual.csv",
        "2023,russia,100,Mt",
        '2023,russia,"1,00",Mt,reported,s,',
      ),
      nullIds: [
        "crude_mbd_from_tonnes",
        "crude_growth_pct",
        "russia_share_of_china_crude_pct",
        "crude_mtoe",
        "gas_mtoe",
        "gas_share_of_energy_pct",
      ],
    },
  ];

  it.each(nullCases)("$description", ({ files, nullIds }) => {
    const metrics = computeMetrics(buildBundle(files));
    expectNoNonFinite(metrics);
    const isNull = metrics.filter((m) => m.value === null).map((m) => m.id);
    expect(isNull).toEqual(nullIds);
    for (const m of metrics.filter((x) => nullIds.includes(x.id))) {
      expect(m).toMatchObject({ value: null, low: null, high: null, inputs: [] });
    }
  });

  const zeroCases: {
    description: string;
    edits: LineEdit[];
    id: string;
    expected: [value: number | null, low: number | null, high: number | null];
  }[] = [
    {
      description: "a zero 2022 tonnage gives a null growth (100 / 0)",
      edits: [["crude_annual.csv", "2022,russia,80,Mt", "2022,russia,0,Mt,reported,s,"]],
      id: "crude_growth_pct",
      expected: [null, null, null],
    },
    {
      description: "a zero China total gives a null share (100 / 0)",
      edits: [["crude_annual.csv", "2023,china_total,", "2023,china_total,0,Mt,reported,s,"]],
      id: "russia_share_of_china_crude_pct",
      expected: [null, null, null],
    },
    {
      description: "a zero capacity gives a null utilisation (20 / 0)",
      edits: [
        [
          "gas_china.csv",
          "2024,power_of_siberia_capacity,",
          "2024,power_of_siberia_capacity,0,bcm,capacity,s,",
        ],
      ],
      id: "pos_utilisation_pct",
      expected: [null, null, null],
    },
    {
      description: "zero gas in 2022 gives a null growth at every factor (27 / 0)",
      edits: [
        ["gas_china.csv", "2022,power_of_siberia,", "2022,power_of_siberia,0,bcm,reported,s,"],
        ["gas_china.csv", "2022,lng,", "2022,lng,0,Mt,reported,s,"],
      ],
      id: "gas_growth_from_parts_pct",
      expected: [null, null, null],
    },
    {
      description: "a −100% growth claim gives a null base (30 / 0), and so no range",
      edits: [
        ["article.csv", "2023,gas_imports_growth,", "2023,gas_imports_growth,-100,%,reported,s,"],
      ],
      id: "gas_base_implied_bcm",
      expected: [null, null, null], // one end of the range is 30 / 0
    },
    {
      description: "zero LNG tonnes give a null implied LNG factor (10 / 0)",
      edits: [["gas_china.csv", "2023,lng,", "2023,lng,0,Mt,reported,s,"]],
      id: "lng_factor_implied_by_article",
      expected: [null, null, null],
    },
    {
      description: "a zero import bill gives a null share (5.46 / 0)",
      edits: [
        ["savings.csv", "2023,import_bill_", "2023,import_bill_russian_crude,0,USD bn,reported,s,"],
      ],
      id: "savings_share_of_import_bill_pct",
      expected: [null, null, null],
    },
    {
      description: "a zero mb/d gives a null discount (5460 / (0 × 273))",
      edits: [["crude_annual.csv", "2023,russia,2,mb/d", "2023,russia,0,mb/d,reported,s,"]],
      id: "savings_implied_discount_total_usd_per_bbl",
      expected: [null, null, null],
    },
    {
      description: "zero seaborne tonnes give a null seaborne discount",
      edits: [
        ["crude_annual.csv", "2023,russia_seaborne,", "2023,russia_seaborne,0,Mt,reported,s,"],
      ],
      id: "savings_implied_discount_seaborne_usd_per_bbl",
      expected: [null, null, null],
    },
    {
      description:
        "nothing lost at the low peak gives a null high end: 20 / 0; value 20 / 5 × 100, low 20 / 10 × 100",
      edits: [
        [
          "gas_europe.csv",
          "2023,reuters_pipeline_europe,",
          "2023,reuters_pipeline_europe,170,bcm,reported,s,",
        ],
      ],
      id: "pos_replaced_share_pct",
      expected: [400, 200, null],
    },
  ];

  it.each(zeroCases)("$description", ({ edits, id, expected }) => {
    const bundle = buildBundle(applyEdits(MINI, edits));
    // Zero must reach the metric as a value, not as a rejected row.
    expect(bundle.reports.filter((r) => r.file in MINI && r.errors.length > 0)).toEqual([]);
    const metrics = computeMetrics(bundle);
    expectNoNonFinite(metrics);
    const m = byId(metrics).get(id)!;
    const [value, low, high] = expected;
    for (const [actual, want] of [
      [m.value, value],
      [m.low, low],
      [m.high, high],
    ] as const) {
      if (want === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(want, 3);
    }
  });

  it("falls back to 2023 when the article has no oil claim", () => {
    const files = editLine(MINI, "article.csv", "2023,crude_exports_russia_to_china,", null);
    expect(createContext(buildBundle(files)).year).toBe(2023);
    expect(byId(computeMetrics(buildBundle(files))).get("crude_barrels_per_year")!.value).toBe(730);
  });
});

describe("the formulas' building blocks", () => {
  it.each([
    { description: "safeRatio divides", got: () => safeRatio(1, 4), expected: 0.25 },
    { description: "safeRatio of x / 0 is null", got: () => safeRatio(1, 0), expected: null },
    { description: "safeRatio of 0 / 0 is null", got: () => safeRatio(0, 0), expected: null },
    {
      description: "safeRatio of NaN / 1 is null",
      got: () => safeRatio(Number.NaN, 1),
      expected: null,
    },
    {
      description: "safeRatio of 1 / Infinity is null",
      got: () => safeRatio(1, Infinity),
      expected: null,
    },
    {
      description: "safeRatio that overflows (1e308 / 1e-308) is null",
      got: () => safeRatio(1e308, 1e-308),
      expected: null,
    },
    {
      description: "2.14 mb/d is 2.14 × 365 = 781.1 million bbl a year",
      got: () => millionBarrelsPerYearFromMbd(2.14),
      expected: 781.1,
    },
    {
      description: "730 million bbl at 7.3 bbl/t is 100 Mt",
      got: () => millionTonnesFromMillionBarrels(730, 7.3),
      expected: 100,
    },
    {
      description: "tonnes at 0 bbl/t are null",
      got: () => millionTonnesFromMillionBarrels(730, 0),
      expected: null,
    },
    {
      description: "22.73 bcm + 8 Mt × 1.36 = 33.61 bcm",
      got: () => gasBcmFromParts(22.73, 8, 1.36),
      expected: 33.61,
    },
    {
      description: "$4.34 bn over 273 days at 2.14 mb/d is 4340 / 584.22 $/bbl",
      got: () => usdPerBarrel(4.34, 2.14, 273),
      expected: 7.428708,
    },
    {
      description: "$ per barrel at 0 mb/d is null",
      got: () => usdPerBarrel(4.34, 0, 273),
      expected: null,
    },
    {
      description: "toe per tonne of crude = 7.3 × 0.86 / 5.883",
      got: () => toePerTonneCrude(7.3, 5.883, 0.86),
      expected: 1.0671426,
    },
    {
      description: "cleanFloat drops noise from 781.1000000000001",
      got: () => cleanFloat(781.1000000000001),
      expected: 781.1,
    },
    {
      description: "cleanFloat drops noise from 0.1 + 0.2",
      got: () => cleanFloat(0.1 + 0.2),
      expected: 0.3,
    },
    {
      description: "cleanFloat keeps twelve significant digits of 1 / 3",
      got: () => cleanFloat(1 / 3),
      expected: 0.333333333333,
    },
    {
      description: "cleanFloat turns NaN into null",
      got: () => cleanFloat(Number.NaN),
      expected: null,
    },
    {
      description: "cleanFloat turns Infinity into null",
      got: () => cleanFloat(-Infinity),
      expected: null,
    },
    { description: "cleanFloat keeps null", got: () => cleanFloat(null), expected: null },
  ])("$description", ({ got, expected }) => {
    const actual = got();
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 6);
  });
});
