// The metrics of the shipped data/, each worked out by hand from the rows and factors it uses.

export interface Expected {
  id: string;
  value: number;
  low: number;
  high: number;
  digits: number;
}

// Factors in data/factors.csv: crude 7.3 bbl/t (7.22–7.45), LNG 1.36 bcm/Mt (1.31–1.38),
// gas 0.860 Mtoe/bcm and 5.883 Mboe/bcm. Crude toe per tonne = bbl/t × 0.860 / 5.883.
// Gas 2023 = 22.73 + 8.0 × f bcm; gas 2022 = 15.4 + 6.485 × f bcm. Jan–Sep 2023 = 273 days.
export const SHIPPED_METRICS: Expected[] = [
  // 2.14 mb/d × 365
  { id: "crude_barrels_per_year", value: 781.1, low: 781.1, high: 781.1, digits: 4 },
  // 781.1 / 7.3; low 781.1 / 7.45; high 781.1 / 7.22
  { id: "crude_tonnes_from_mbd", value: 107.0, low: 104.8456, high: 108.1856, digits: 3 },
  // 107.02 × 7.3 / 365 = 781.246 / 365; low × 7.22: 772.6844 / 365; high × 7.45: 797.299 / 365
  { id: "crude_mbd_from_tonnes", value: 2.1404, low: 2.11695, high: 2.18438, digits: 4 },
  // (107.02 / 86.25 − 1) × 100
  { id: "crude_growth_pct", value: 24.0812, low: 24.0812, high: 24.0812, digits: 3 },
  // 107.02 / 563.99 × 100
  { id: "russia_share_of_china_crude_pct", value: 18.9755, low: 18.9755, high: 18.9755, digits: 3 },
  // 33.7 / 1.40; high 33.7 / 1.375 ("nearly 40%" read as at least 37.5%)
  { id: "gas_base_implied_bcm", value: 24.0714, low: 24.0714, high: 24.5091, digits: 3 },
  // 22.73 + 8.0 × 1.36 = 22.73 + 10.88; low 22.73 + 10.48; high 22.73 + 11.04
  { id: "gas_total_from_parts_bcm", value: 33.61, low: 33.21, high: 33.77, digits: 4 },
  // (33.61 / (15.4 + 8.8196) − 1) × 100 = (33.61 / 24.2196 − 1) × 100
  // at 1.38: (33.77 / (15.4 + 8.9493) − 1) × 100 = (33.77 / 24.3493 − 1) × 100 = 38.6898
  // at 1.31: (33.21 / (15.4 + 8.49535) − 1) × 100 = (33.21 / 23.89535 − 1) × 100 = 38.9810
  { id: "gas_growth_from_parts_pct", value: 38.7719, low: 38.6898, high: 38.981, digits: 3 },
  // (33.7 − 22.73) / 8.0 = 10.97 / 8
  { id: "lng_factor_implied_by_article", value: 1.37125, low: 1.37125, high: 1.37125, digits: 4 },
  // 22.73 / 38 × 100
  { id: "pos_utilisation_pct", value: 59.8158, low: 59.8158, high: 59.8158, digits: 3 },
  // 31.12 / 38 × 100
  { id: "pos_utilisation_next_year_pct", value: 81.8947, low: 81.8947, high: 81.8947, digits: 3 },
  // 107.02 × 7.3 × 0.86 / 5.883 = 671.8716 / 5.883; low at 7.22, high at 7.45
  { id: "crude_mtoe", value: 114.2056, low: 112.954, high: 116.5523, digits: 3 },
  // 33.61 × 0.86; low 33.21 × 0.86; high 33.77 × 0.86
  { id: "gas_mtoe", value: 28.9046, low: 28.5606, high: 29.0422, digits: 3 },
  // 28.9046 / (28.9046 + 114.2056) × 100; low 28.5606 / (28.5606 + 116.5523);
  // high 29.0422 / (29.0422 + 112.9540)
  { id: "gas_share_of_energy_pct", value: 20.1974, low: 19.6816, high: 20.4528, digits: 3 },
  // 4340 / (2.14 × 273) = 4340 / 584.22
  {
    id: "savings_implied_discount_total_usd_per_bbl",
    value: 7.4287,
    low: 7.4287,
    high: 7.4287,
    digits: 3,
  },
  // 4340 / (67 × 7.3 / 365 × 273) = 4340 / 365.82; low at 7.45: 4340 / 373.3369;
  // high at 7.22: 4340 / 361.8110
  {
    id: "savings_implied_discount_seaborne_usd_per_bbl",
    value: 11.8638,
    low: 11.6249,
    high: 11.9952,
    digits: 3,
  },
  // with no scenario: the estimate's own discount over all crude, 7.4287 × 2.14 × 273 / 1000 = 4.34
  { id: "savings_at_scenario_discount_usd_bn", value: 4.34, low: 4.34, high: 4.34, digits: 4 },
  // 4.34 / 60.6 × 100; high 4.34 / (60.6 × 273 / 365) × 100 = 434 / 45.3255
  { id: "savings_share_of_import_bill_pct", value: 7.1617, low: 7.1617, high: 9.5752, digits: 3 },
  // low 175 − 28.3; high 180 − 28.3; value the midpoint
  { id: "europe_pipeline_lost_bcm", value: 149.2, low: 146.7, high: 151.7, digits: 4 },
  // 22.73 / 149.2 × 100; low 22.73 / 151.7 × 100; high 22.73 / 146.7 × 100
  { id: "pos_replaced_share_pct", value: 15.2346, low: 14.9835, high: 15.4942, digits: 3 },
];
