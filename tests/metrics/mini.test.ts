import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import type { MetricId } from "@/lib/metrics/ids";
import { computeMetrics } from "@/lib/metrics/registry";
import { applyEdits, editLine, withoutFile, type Files, type LineEdit } from "../support/data";
import { byId, expectNoNonFinite } from "./helpers";
import { MINI } from "./mini-bundle";

const MINI_EXPECTED: Record<MetricId, [value: number, low: number, high: number]> = {
  // 2.00 × 365; the rounding of "2.00": 1.995 × 365 and 2.005 × 365
  crude_barrels_per_year: [730, 728.175, 731.825],
  // 730 / 7.3; 728.175 / 7.3; 731.825 / 7.3 (the rounding of 2.00, not the factor's range)
  crude_tonnes_from_mbd: [100, 99.75, 100.25],
  // 100 × 7.3 / 365; 100 × 7.2 / 365; 100 × 7.5 / 365
  crude_mbd_from_tonnes: [2, 1.9726, 2.0548],
  crude_growth_pct: [25, 25, 25], // (100 / 80 − 1) × 100
  russia_share_of_china_crude_pct: [20, 20, 20], // 100 / 500 × 100
  gas_base_implied_bcm: [20, 20, 21.8182], // 30 / 1.5; 30 / 1.375
  gas_total_from_parts_bcm: [27, 26.5, 27.5], // 20 + 5 × 1.4; 20 + 5 × 1.3; 20 + 5 × 1.5
  // (27 / (10 + 7) − 1) × 100; at 1.5: (27.5 / 17.5 − 1) × 100; at 1.3: (26.5 / 16.5 − 1) × 100
  gas_growth_from_parts_pct: [58.8235, 57.1429, 60.6061],
  lng_factor_implied_by_article: [2, 2, 2], // (30 − 20) / 5
  pos_share_of_design_capacity_pct: [50, 50, 50], // 20 / 40 × 100 (2024's capacity, flagged)
  pos_share_of_design_capacity_next_year_pct: [75, 75, 75], // 30 / 40 × 100
  crude_mtoe: [73, 72, 75], // 100 × 7.3 × 0.1; 100 × 7.2 × 0.1; 100 × 7.5 × 0.1
  gas_mtoe: [24.3, 23.85, 24.75], // 27 × 0.9; 26.5 × 0.9; 27.5 × 0.9
  // 24.3 / (24.3 + 73) × 100; 23.85 / (23.85 + 75) × 100; 24.75 / (24.75 + 72) × 100
  gas_share_of_energy_pct: [24.9743, 24.1275, 25.5814],
  // 5460 / ((1.5 + 0.5) × 273); 5460 / (2.1 × 273); 5460 / (1.9 × 273)
  savings_implied_discount_total_usd_per_bbl: [10, 9.5238, 10.5263],
  // 5460 / (1.5 × 273); 5460 / (1.55 × 273); 5460 / (1.45 × 273)
  savings_implied_discount_seaborne_usd_per_bbl: [13.3333, 12.9032, 13.7931],
  // the estimate's own $10 on 2.0, 1.9 and 2.1 mb/d × 273 / 1000
  savings_at_scenario_discount_usd_bn: [5.46, 5.187, 5.733],
  // 5.46 / 54.6 × 100; 5.455 / 54.65 × 100; 5.465 / 54.55 × 100
  savings_share_of_import_bill_pct: [10, 9.9817, 10.0183],
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
    const m = byId(mini).get(id as MetricId)!;
    expect(m.value).toBeCloseTo(value, 3);
    expect(m.low).toBeCloseTo(low, 3);
    expect(m.high).toBeCloseTo(high, 3);
  });

  it("uses no 2023 capacity row that is not there: 2024's is flagged for 2023", () => {
    expect(byId(mini).get("pos_share_of_design_capacity_pct")!.flags).toEqual([
      "design capacity of 2024 used for 2023, before it applied",
    ]);
  });

  it("uses a capacity row of the year itself when there is one, without a flag", () => {
    const files = applyEdits(MINI, [
      [
        "gas_china.csv",
        "2024,power_of_siberia_capacity,",
        "2023,power_of_siberia_capacity,25,bcm,capacity,s,\n2024,power_of_siberia_capacity,40,bcm,capacity,s,",
      ],
    ]);
    const m = byId(computeMetrics(buildBundle(files))).get("pos_share_of_design_capacity_pct")!;
    expect(m.value).toBeCloseTo(80, 6); // 20 / 25 × 100
    expect(m.flags).toEqual([]);
    expect(m.formula).not.toContain("[fallback:");
  });

  const nullCases: { description: string; files: Files; nullIds: MetricId[] }[] = [
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
      description:
        "without factors.csv, every metric that converts units is null (the savings use mb/d as stated)",
      files: withoutFile(MINI, "factors.csv"),
      nullIds: [
        "crude_tonnes_from_mbd",
        "crude_mbd_from_tonnes",
        "gas_total_from_parts_bcm",
        "gas_growth_from_parts_pct",
        "crude_mtoe",
        "gas_mtoe",
        "gas_share_of_energy_pct",
      ],
    },
    {
      description: "without the crude toe-per-barrel factor, the three energy metrics are null",
      files: editLine(MINI, "factors.csv", "crude_toe_per_bbl,", null),
      nullIds: ["crude_mtoe", "gas_mtoe", "gas_share_of_energy_pct"],
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
      description: "without the pipeline's capacity row, both shares of the capacity are null",
      files: editLine(MINI, "gas_china.csv", "2024,power_of_siberia_capacity,", null),
      nullIds: ["pos_share_of_design_capacity_pct", "pos_share_of_design_capacity_next_year_pct"],
    },
    {
      description: "without the 2024 pipeline row, only next year's share of the capacity is null",
      files: editLine(MINI, "gas_china.csv", "2024,power_of_siberia,", null),
      nullIds: ["pos_share_of_design_capacity_next_year_pct"],
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
      description: "without any import bill, only the savings share is null",
      files: applyEdits(MINI, [
        ["savings.csv", "2023-01/09,import_bill_", null],
        ["savings.csv", "2023,import_bill_", null],
      ]),
      nullIds: ["savings_share_of_import_bill_pct"],
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
      expect(m).toMatchObject({ value: null, low: null, high: null, inputs: [], flags: [] });
    }
  });

  const zeroCases: {
    description: string;
    edits: LineEdit[];
    id: MetricId;
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
      description: "a zero capacity gives a null share of the capacity (20 / 0)",
      edits: [
        [
          "gas_china.csv",
          "2024,power_of_siberia_capacity,",
          "2024,power_of_siberia_capacity,0,bcm,capacity,s,",
        ],
      ],
      id: "pos_share_of_design_capacity_pct",
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
      description:
        "a zero January–September bill gives a null share and no range either (5.46 / 0; a bill written 0 is not −0.5 to 0.5)",
      edits: [
        [
          "savings.csv",
          "2023-01/09,import_bill_",
          "2023-01/09,import_bill_russian_crude,0,USD bn,reported,s,",
        ],
      ],
      id: "savings_share_of_import_bill_pct",
      expected: [null, null, null],
    },
    {
      description:
        "zero January–September volumes give a null discount and no range either (5460 / (0 × 273); a rate written 0 is not negative)",
      edits: [
        [
          "crude_annual.csv",
          "2023-01/09,russia_seaborne,",
          "2023-01/09,russia_seaborne,0,mb/d,reported,s,",
        ],
        [
          "crude_annual.csv",
          "2023-01/09,russia_pipeline,",
          "2023-01/09,russia_pipeline,0,mb/d,reported,s,",
        ],
      ],
      id: "savings_implied_discount_total_usd_per_bbl",
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
});
