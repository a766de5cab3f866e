// What a reader's file can be: one of the tidy datasets or one of the support files.
import { DATASETS, type DatasetName } from "../data/datasets";
import { EVENT_COLUMNS, FACTOR_COLUMNS, SOURCE_COLUMNS } from "../data/schemas";
import type { Factor, Observation, Source, TimelineEvent } from "../data/types";

export const SUPPORT_TARGETS = ["sources", "factors", "events"] as const;
export type SupportTarget = (typeof SUPPORT_TARGETS)[number];
export type UploadTarget = DatasetName | SupportTarget;

/** Support files first: the datasets cite sources, so a sources file is read before them. */
export const UPLOAD_TARGETS: readonly UploadTarget[] = [
  ...SUPPORT_TARGETS,
  ...DATASETS.map((d) => d.name),
];

export const SUPPORT_COLUMNS: Record<SupportTarget, readonly string[]> = {
  sources: SOURCE_COLUMNS,
  factors: FACTOR_COLUMNS,
  events: EVENT_COLUMNS,
};

export function isUploadTarget(name: string): name is UploadTarget {
  return (UPLOAD_TARGETS as readonly string[]).includes(name);
}

export function isSupportTarget(name: string): name is SupportTarget {
  return (SUPPORT_TARGETS as readonly string[]).includes(name);
}

/** The rows one uploaded file contributes, by kind. */
export type UploadedRows =
  | { dataset: DatasetName; observations: Observation[] }
  | { dataset: "sources"; sources: Source[] }
  | { dataset: "factors"; factors: Factor[] }
  | { dataset: "events"; events: TimelineEvent[] };
