// The metrics of the shipped data/, each worked out by hand from the rows and factors it uses
// (the figures of the data audit, Part 1b and M1–M6, after its fixes).
import type { MetricId } from "@/lib/metrics/ids";

export interface Expected {
  id: MetricId;
  value: number;
  low: number;
  high: number;
  digits: number;
}

// Factors in data/factors.csv: crude 7.3 bbl/t (7.22–7.45), LNG 1.360 bcm/Mt (1.31–1.360: BP's
// 1.36 is the top, the article's own 1.375 is not a range end, D13), gas 0.860 Mtoe/bcm, crude
// 0.136 toe/bbl (SPE, M5). Gas 2023 = 22.73 + 8.0 × f bcm; gas 2022 = 15.4 + 6.485 × f bcm.
// The savings estimate covers 2023-01/09 = 273 days; its own volumes are 1.3 mb/d seaborne and
// 0.8 mb/d pipeline (Reuters), its own bill $43.6 bn (TASS) (M1, M3).
export const SHIPPED_METRICS: Expected[] = [
  // 2.14 mb/d × 365; the rounding of "2.14" (2.135–2.145) × 365 = 779.275–782.925
  { id: "crude_barrels_per_year", value: 781.1, low: 779.275, high: 782.925, digits: 4 },
  // 781.1 / 7.3 = 107.0; the range from the rounding of 2.14 at the same 7.3, not the factor's
  // range (M6): 779.275 / 7.3 = 106.75; 782.925 / 7.3 = 107.25
  { id: "crude_tonnes_from_mbd", value: 107.0, low: 106.75, high: 107.25, digits: 4 },
  // 107.02 × 7.3 / 365 = 781.246 / 365; low × 7.22: 772.6844 / 365; high × 7.45: 797.299 / 365
  { id: "crude_mbd_from_tonnes", value: 2.1404, low: 2.116944, high: 2.184381, digits: 5 },
  // (107.02 / 86.25 − 1) × 100
  { id: "crude_growth_pct", value: 24.0812, low: 24.0812, high: 24.0812, digits: 3 },
  // 107.02 / 563.99 × 100
  { id: "russia_share_of_china_crude_pct", value: 18.9755, low: 18.9755, high: 18.9755, digits: 3 },
  // 33.7 / 1.40; high 33.7 / 1.375 ("nearly 40%" read as at least 37.5%, an assumption)
  { id: "gas_base_implied_bcm", value: 24.0714, low: 24.0714, high: 24.5091, digits: 3 },
  // 22.73 + 8.0 × 1.36 = 22.73 + 10.88; low 22.73 + 8.0 × 1.31 = 22.73 + 10.48; high = value,
  // the factor's top is BP's 1.36 (D13: not above 33.61)
  { id: "gas_total_from_parts_bcm", value: 33.61, low: 33.21, high: 33.61, digits: 4 },
  // at 1.36: (33.61 / (15.4 + 8.8196) − 1) × 100 = (33.61 / 24.2196 − 1) × 100 = 38.7719
  // at 1.31: (33.21 / (15.4 + 8.49535) − 1) × 100 = (33.21 / 23.89535 − 1) × 100 = 38.9810
  { id: "gas_growth_from_parts_pct", value: 38.7719, low: 38.7719, high: 38.981, digits: 3 },
  // (33.7 − 22.73) / 8.0 = 10.97 / 8
  { id: "lng_factor_implied_by_article", value: 1.37125, low: 1.37125, high: 1.37125, digits: 4 },
  // 22.73 / 38 × 100: the only capacity row is of 2024 (a flagged fallback, M4)
  {
    id: "pos_share_of_design_capacity_pct",
    value: 59.8158,
    low: 59.8158,
    high: 59.8158,
    digits: 3,
  },
  // 31.12 / 38 × 100: the capacity row of 2024 itself
  {
    id: "pos_share_of_design_capacity_next_year_pct",
    value: 81.8947,
    low: 81.8947,
    high: 81.8947,
    digits: 3,
  },
  // 107.02 Mt × 7.3 bbl/t × 0.136 toe/bbl = 781.246 × 0.136 = 106.2495 (M5: not 114.2);
  // low 107.02 × 7.22 × 0.136 = 772.6844 × 0.136 = 105.0851; high 797.299 × 0.136 = 108.4327
  { id: "crude_mtoe", value: 106.2495, low: 105.0851, high: 108.4327, digits: 3 },
  // 33.61 × 0.86; low 33.21 × 0.86; high = value (33.61 × 0.86)
  { id: "gas_mtoe", value: 28.9046, low: 28.5606, high: 28.9046, digits: 4 },
  // 28.9046 / (28.9046 + 106.2495) × 100 = 28.9046 / 135.1541 × 100 ≈ 21.4 (M5);
  // low 28.5606 / (28.5606 + 108.4327) = 28.5606 / 136.9933; high 28.9046 / (28.9046 + 105.0851)
  { id: "gas_share_of_energy_pct", value: 21.3864, low: 20.8482, high: 21.5723, digits: 3 },
  // 4340 / ((1.3 + 0.8) × 273) = 4340 / 573.3; low 4340 / (2.2 × 273) = 4340 / 600.6;
  // high 4340 / (2.0 × 273) = 4340 / 546 (1.25 + 0.75 and 1.35 + 0.85: the rounding, M1)
  {
    id: "savings_implied_discount_total_usd_per_bbl",
    value: 7.5702,
    low: 7.2261,
    high: 7.9487,
    digits: 3,
  },
  // 4340 / (1.3 × 273) = 4340 / 354.9; low 4340 / (1.35 × 273) = 4340 / 368.55;
  // high 4340 / (1.25 × 273) = 4340 / 341.25 (M1, M2)
  {
    id: "savings_implied_discount_seaborne_usd_per_bbl",
    value: 12.2288,
    low: 11.7759,
    high: 12.7179,
    digits: 3,
  },
  // with no scenario: the estimate's own discount on all crude, 7.5702 × 2.1 × 273 / 1000 = 4.34;
  // the same discount on 2.0 and 2.2 mb/d: 4.34 × 2.0 / 2.1 = 4.1333; 4.34 × 2.2 / 2.1 = 4.5467
  { id: "savings_at_scenario_discount_usd_bn", value: 4.34, low: 4.1333, high: 4.5467, digits: 3 },
  // 4.34 / 43.6 × 100 (both January–September, M3); low 4.335 / 43.65; high 4.345 / 43.55
  { id: "savings_share_of_import_bill_pct", value: 9.9541, low: 9.9313, high: 9.977, digits: 3 },
  // low 175 − 28.3; high 180 − 28.3; value the midpoint
  { id: "europe_pipeline_lost_bcm", value: 149.2, low: 146.7, high: 151.7, digits: 4 },
  // 22.73 / 149.2 × 100; low 22.73 / 151.7 × 100; high 22.73 / 146.7 × 100
  { id: "pos_replaced_share_pct", value: 15.2346, low: 14.9835, high: 15.4942, digits: 3 },
];
