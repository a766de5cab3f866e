import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import { createContext } from "@/lib/metrics/context";
import { METRIC_IDS, type MetricId } from "@/lib/metrics/ids";
import { computeMetrics, METRIC_DEFINITIONS } from "@/lib/metrics/registry";
import type { Metric, Scenario } from "@/lib/metrics/types";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR, editLine, shippedFiles } from "../support/data";
import { SHIPPED_METRICS as SHIPPED } from "../support/metrics";
import { byId, expectNoNonFinite } from "./helpers";

const ALL_IDS: MetricId[] = [
  "crude_barrels_per_year",
  "crude_tonnes_from_mbd",
  "crude_mbd_from_tonnes",
  "crude_growth_pct",
  "russia_share_of_china_crude_pct",
  "gas_base_implied_bcm",
  "gas_total_from_parts_bcm",
  "gas_growth_from_parts_pct",
  "lng_factor_implied_by_article",
  "pos_share_of_design_capacity_pct",
  "pos_share_of_design_capacity_next_year_pct",
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

  it("lists every metric once, in the methodology page's order, and every typed id has one", () => {
    expect(metrics.map((m) => m.id)).toEqual(ALL_IDS);
    expect(METRIC_DEFINITIONS.map((d) => d.id)).toEqual(ALL_IDS);
    expect([...METRIC_IDS].sort()).toEqual([...ALL_IDS].sort());
  });

  it.each(SHIPPED)("$id = $value ($low to $high)", ({ id, value, low, high, digits }) => {
    const m = byId(metrics).get(id)!;
    expect(m.value).toBeCloseTo(value, digits);
    expect(m.low).toBeCloseTo(low, digits);
    expect(m.high).toBeCloseTo(high, digits);
  });

  it("gives every metric a label about 2023 or 2024, a unit, a formula and its inputs", () => {
    for (const m of metrics) {
      expect(m.label, m.id).toMatch(/2022|2023|2024/);
      expect(m.unit, m.id).not.toBe("");
      expect(m.formula, m.id).not.toBe("");
      expect(m.inputs.length, m.id).toBeGreaterThan(0);
    }
    expectNoNonFinite(metrics);
  });

  it("says where every range comes from, and gives none where low = high", () => {
    for (const m of metrics) {
      if (m.low !== m.high) expect(m.rangeFrom, m.id).not.toBe("");
      else expect(m.rangeFrom, m.id).toBe("");
    }
  });

  it("gives the tonnes from 2.14 mb/d the rounding of 2.14 as range, not the crude factor's (M6)", () => {
    const m = byId(metrics).get("crude_tonnes_from_mbd")!;
    expect(m.rangeFrom).toBe("rounding of the stated 2.14 mb/d");
    // 7.22 and 7.45 would give 781.1 / 7.45 = 104.85 and 781.1 / 7.22 = 108.19
    expect(m.low).toBeGreaterThan(106);
    expect(m.high).toBeLessThan(108);
  });

  it("gives the mb/d from customs tonnes the crude factor's range, 7.22–7.45", () => {
    expect(byId(metrics).get("crude_mbd_from_tonnes")!.rangeFrom).toBe(
      "the barrels-per-tonne factor's range (7.22–7.45)",
    );
  });

  it("tops the gas parts at BP's 1.36 bcm/Mt: 33.61, never the article's 33.7 (D13)", () => {
    const m = byId(metrics).get("gas_total_from_parts_bcm")!;
    // 22.73 + 8.0 × 1.36 = 33.61 is both the value and the highest the sourced factor allows
    expect(m.high).toBeLessThanOrEqual(33.61);
    expect(m.rangeFrom).toBe("the LNG factor's range (1.31–1.36 bcm/Mt)");
  });

  it("converts crude to Mtoe at 0.136 toe per barrel: 107.02 × 7.3 × 0.136 = 106.25, not 114.2 (M5)", () => {
    const m = byId(metrics).get("crude_mtoe")!;
    expect(m.value).toBeCloseTo(106.2495, 3);
    expect(m.inputs.map((i) => i.label)).toContain("Factor crude_toe_per_bbl");
  });

  it("flags the 2023 share of the design capacity: the 38 bcm/yr applies from 2024 only (M4)", () => {
    const m = byId(metrics).get("pos_share_of_design_capacity_pct")!;
    expect(m.flags).toEqual(["design capacity of 2024 used for 2023, before it applied"]);
    expect(m.formula).toContain("[fallback: design capacity of 2024 used for 2023");
    // 2024's own share uses the capacity of its own year: no flag
    const next = byId(metrics).get("pos_share_of_design_capacity_next_year_pct")!;
    expect(next.flags).toEqual([]);
    expect(next.formula).not.toContain("[fallback:");
  });

  it("flags nothing else on the shipped data: every other input is of its claim's own period", () => {
    const flagged = metrics.filter((m) => m.flags.length > 0).map((m) => m.id);
    expect(flagged).toEqual(["pos_share_of_design_capacity_pct"]);
  });

  it("takes the savings volumes and bill of the estimate's own months, January–September 2023", () => {
    const m = byId(metrics);
    const periods = (id: MetricId) => m.get(id)!.inputs.map((i) => i.period);
    expect(periods("savings_implied_discount_total_usd_per_bbl")).toEqual([
      "2023-01/09",
      "2023-01/09",
      "2023-01/09",
    ]);
    expect(periods("savings_implied_discount_seaborne_usd_per_bbl")).toEqual([
      "2023-01/09",
      "2023-01/09",
    ]);
    expect(periods("savings_share_of_import_bill_pct")).toEqual(["2023-01/09", "2023-01/09"]);
    expect(m.get("savings_share_of_import_bill_pct")!.inputs[1]!.valueText).toBe("43.6");
  });

  it("names the file row, source, period and owner of each input (2.14 mb/d is crude_annual.csv row 18)", () => {
    expect(byId(metrics).get("crude_barrels_per_year")!.inputs).toEqual([
      {
        label: "From Russia, 2023",
        value: 2.14,
        valueText: "2.14",
        unit: "mb/d",
        ref: "crude_annual.csv row 18",
        sourceId: "mees-russia-crude-2023",
        period: "2023",
        origin: "published",
      },
    ]);
  });

  it("marks a factor as published with its range in the ref, and an assumption as the project's", () => {
    const tonnes = byId(metrics).get("crude_tonnes_from_mbd")!;
    expect(tonnes.inputs[1]).toMatchObject({
      label: "Factor crude_bbl_per_tonne",
      value: 7.3,
      ref: "factor crude_bbl_per_tonne (range 7.22–7.45)",
      period: "",
      origin: "published",
    });
    const base = byId(metrics).get("gas_base_implied_bcm")!;
    expect(base.inputs[2]).toMatchObject({
      value: 37.5,
      ref: "assumption nearly_forty_low_pct",
      sourceId: "",
      origin: "assumption",
    });
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
    // 2.17 × 365; 2.165 × 365 = 790.225; 2.175 × 365 = 793.875 (2024 counts 365, not 366)
    expect(m.value).toBeCloseTo(792.05, 6);
    expect(m.low).toBeCloseTo(790.225, 6);
    expect(m.high).toBeCloseTo(793.875, 6);
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
      description:
        "crudeBblPerTonne changes the four metrics that convert crude tonnes (the savings use mb/d as stated)",
      scenario: { crudeBblPerTonne: 7.33 },
      changed: [
        "crude_tonnes_from_mbd",
        "crude_mbd_from_tonnes",
        "crude_mtoe",
        "gas_share_of_energy_pct",
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
      description: "the seaborne volume alone changes only the savings at the scenario discount",
      scenario: { savingsVolume: "seaborne" as const },
      changed: ["savings_at_scenario_discount_usd_bn"],
    },
    { description: "an empty scenario changes nothing", scenario: {}, changed: [] },
  ])("$description", ({ scenario, changed }) => {
    expect(changedIds(scenario)).toEqual(changed);
  });

  it.each([
    {
      description:
        "crudeBblPerTonne 7.33: 781.1 / 7.33 Mt, the range the rounding of 2.14 at 7.33 (779.275 / 7.33 – 782.925 / 7.33)",
      scenario: { crudeBblPerTonne: 7.33 },
      id: "crude_tonnes_from_mbd" as const,
      expected: { value: 106.5621, low: 106.3131, high: 106.8111 },
    },
    {
      description:
        "crudeBblPerTonne 8, above the factor's range, widens it: 107.02 × 8 / 365 = 2.3456 is value and high; low 107.02 × 7.22 / 365",
      scenario: { crudeBblPerTonne: 8 },
      id: "crude_mbd_from_tonnes" as const,
      expected: { value: 2.3456, low: 2.1169, high: 2.3456 },
    },
    {
      description:
        "lngBcmPerMt 1.375, above the factor's range, widens it: 22.73 + 8 × 1.375 = 33.73 bcm is value and high",
      scenario: { lngBcmPerMt: 1.375 },
      id: "gas_total_from_parts_bcm" as const,
      expected: { value: 33.73, low: 33.21, high: 33.73 },
    },
    {
      description:
        "a $10/bbl discount on all crude: 10 × 2.1 mb/d × 273 days / 1000 = 5.733 bn (2.0 → 5.46; 2.2 → 6.006)",
      scenario: { savingsDiscountUsdPerBbl: 10 },
      id: "savings_at_scenario_discount_usd_bn" as const,
      expected: { value: 5.733, low: 5.46, high: 6.006 },
    },
    {
      description:
        "a $10/bbl discount on seaborne crude: 10 × 1.3 × 273 / 1000 = 3.549 bn (1.25 → 3.4125; 1.35 → 3.6855)",
      scenario: { savingsDiscountUsdPerBbl: 10, savingsVolume: "seaborne" as const },
      id: "savings_at_scenario_discount_usd_bn" as const,
      expected: { value: 3.549, low: 3.4125, high: 3.6855 },
    },
    {
      description:
        "the seaborne volume gives the $4.34 bn back at its own discount, 4.34 × 1.25 / 1.3 to 4.34 × 1.35 / 1.3",
      scenario: { savingsVolume: "seaborne" as const },
      id: "savings_at_scenario_discount_usd_bn" as const,
      expected: { value: 4.34, low: 4.1731, high: 4.5069 },
    },
    {
      description: "nearlyFortyLowPct 35: high end 33.7 / 1.35",
      scenario: { nearlyFortyLowPct: 35 },
      id: "gas_base_implied_bcm" as const,
      expected: { value: 24.0714, low: 24.0714, high: 24.963 },
    },
  ])("$description", ({ scenario, id, expected }) => {
    const m = byId(computeMetrics(bundle, scenario)).get(id)!;
    expect(m.value).toBeCloseTo(expected.value, 3);
    expect(m.low).toBeCloseTo(expected.low, 3);
    expect(m.high).toBeCloseTo(expected.high, 3);
  });

  it("labels a scenario factor as the reader's own, with no published source", () => {
    const m = byId(computeMetrics(bundle, { crudeBblPerTonne: 7.33 })).get(
      "crude_tonnes_from_mbd",
    )!;
    expect(m.inputs[1]).toMatchObject({
      label: "Factor crude_bbl_per_tonne (your scenario)",
      value: 7.33,
      sourceId: "",
      origin: "assumption",
    });
  });

  it("never gives NaN or Infinity, even for zero or negative-100% scenarios", () => {
    const metrics = computeMetrics(bundle, {
      crudeBblPerTonne: 0,
      lngBcmPerMt: 0,
      nearlyFortyLowPct: -100,
    });
    expectNoNonFinite(metrics);
    const m = byId(metrics);
    // 781.1 / 0 has no value, and neither has either end at 0 bbl/t
    expect(m.get("crude_tonnes_from_mbd")).toMatchObject({ value: null, low: null, high: null });
    // 33.7 / (1 − 100/100) = 33.7 / 0
    expect(m.get("gas_base_implied_bcm")!.high).toBeNull();
  });
});

describe("the year a bundle's metrics are about", () => {
  it("falls back to 2023 when the article has no oil claim", () => {
    const files = editLine(
      shippedFiles(),
      "article.csv",
      "2023,crude_exports_russia_to_china,",
      null,
    );
    expect(createContext(buildBundle(files)).year).toBe(2023);
    expect(byId(computeMetrics(buildBundle(files))).get("crude_barrels_per_year")!.value).toBe(
      781.1,
    );
  });
});
