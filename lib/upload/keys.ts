// The keys that make two rows "the same row" when an upload is merged: each the primary key of
// its file (lib/data/registry.ts) read from the typed row; tests/upload/keys.test.ts holds each to
// its file's declared key on every published file a reader may upload.
import type { Factor, Observation, Source, TimelineEvent } from "../data/types";

export const observationKey = (o: Observation) =>
  `${o.period.label}\u0000${o.series}\u0000${o.unit}`;
export const sourceKey = (s: Source) => s.id;
export const factorKey = (f: Factor) => f.id;
export const eventKey = (e: TimelineEvent) => `${e.date}\u0000${e.label}`;
