import type { Observation } from "../data/types";

/** One number a computation used, and whose it is. */
export interface Input {
  label: string;
  value: number;
  /** As written in its file (rows) or the shortest form (factors, assumptions). */
  valueText: string;
  unit: string;
  /** `crude_annual.csv row 10`, `factor crude_bbl_per_tonne`, or `assumption …`. */
  ref: string;
  /** A row of sources.csv, or "" for a stated assumption or a reader's value. */
  sourceId: string;
  /** The period the value is for ("" for factors and assumptions). */
  period: string;
  /** Whose number it is: a published source's, the reader's upload, or the project's assumption. */
  origin: "published" | "reader" | "assumption";
}

/** A row found for a period, and whether it is of that period. */
export interface Found {
  input: Input;
  observation: Observation;
  /**
   * Why a row of another period stands in for the one asked for, in words that every export
   * carries ("annual 2023 volume used for January–September 2023"); `null` when periods match.
   */
  fallback: string | null;
}

/** A conversion factor with its range, after the reader's scenario. */
export interface FactorValue {
  value: number;
  low: number;
  high: number;
  input: Input;
}
