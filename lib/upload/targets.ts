// What a reader's file can be: one of the tidy datasets or one of the support files.
import { DATASETS, type DatasetName } from "../data/datasets";
import { DATA_FILES, UPLOADABLE_SUPPORT } from "../data/registry";
import type { Factor, Observation, Source, TimelineEvent } from "../data/types";

export const SUPPORT_TARGETS = UPLOADABLE_SUPPORT;
export type SupportTarget = (typeof SUPPORT_TARGETS)[number];
export type UploadTarget = DatasetName | SupportTarget;

/** Support files first: the datasets cite sources, so a sources file is read before them. */
export const UPLOAD_TARGETS: readonly UploadTarget[] = [
  ...SUPPORT_TARGETS,
  ...DATASETS.map((d) => d.name),
];

/** Each uploadable support file's header, from the registry: how a file is told apart by its header. */
export const SUPPORT_COLUMNS = Object.fromEntries(
  SUPPORT_TARGETS.map((t) => [t, DATA_FILES.find((f) => f.name === t)!.columns]),
) as Record<SupportTarget, readonly string[]>;

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
