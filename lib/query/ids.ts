// Typed ids for everything a metric, check or panel looks up, so that a typo fails to compile
// instead of showing "–" on the page.
import type { DATASETS, DatasetName } from "../data/datasets";

type SpecOf<D extends DatasetName> = Extract<(typeof DATASETS)[number], { name: D }>;

/** The series a dataset declares, e.g. `SeriesId<"gas_china">` is "power_of_siberia" | "lng" | …. */
export type SeriesId<D extends DatasetName> = keyof SpecOf<D>["series"] & string;

/** Conversion factors in factors.csv the code reads. */
export type FactorId =
  | "crude_bbl_per_tonne"
  | "crude_toe_per_bbl"
  | "lng_bcm_per_mt"
  | "gas_mtoe_per_bcm"
  | "gas_mboe_per_bcm";
