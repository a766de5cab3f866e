// Every metric id, as a type: panels, tiles and checks name metrics by these.
export const METRIC_IDS = [
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
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
