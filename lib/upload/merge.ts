// A reader's accepted rows applied to the published data. Pure: `published` is never touched.
// One rule for both modes: "replace" starts an uploaded dataset from nothing, "extend" from its
// published rows; then each upload is laid over it in order, a row with the same key as an
// earlier one taking that row's place.
import type { DataBundle } from "../data/bundle";
import type { DatasetName } from "../data/datasets";
import type { Observation } from "../data/types";
import { eventKey, factorKey, observationKey, sourceKey } from "./keys";
import type { UploadedRows } from "./targets";

export type MergeMode = "replace" | "extend";

/** `base` with `rows` laid over it: equal keys replaced in place, new keys appended. */
export function overlay<T>(base: readonly T[], rows: readonly T[], key: (row: T) => string): T[] {
  const out = [...base];
  const at = new Map<string, number>();
  out.forEach((row, i) => at.set(key(row), i));
  for (const row of rows) {
    const k = key(row);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(row);
    } else out[i] = row;
  }
  return out;
}

const asReaders = (rows: readonly Observation[]) =>
  rows.map((o): Observation => (o.origin === "reader" ? o : { ...o, origin: "reader" }));

export function mergeUpload(
  published: DataBundle,
  uploads: readonly UploadedRows[],
  mode: MergeMode,
): DataBundle {
  // Arrays nobody uploaded to are shared with `published`; every other one is new.
  const bundle: DataBundle = { ...published, datasets: { ...published.datasets } };
  const started = new Set<string>();
  const base = <T>(name: string, rows: T[]): T[] => {
    if (started.has(name)) return rows;
    started.add(name);
    return mode === "replace" ? [] : rows;
  };
  for (const u of uploads) {
    if ("observations" in u) {
      const name: DatasetName = u.dataset;
      bundle.datasets[name] = overlay(
        base(name, bundle.datasets[name]),
        asReaders(u.observations),
        observationKey,
      );
    } else if ("sources" in u) {
      bundle.sources = overlay(base("sources", bundle.sources), u.sources, sourceKey);
    } else if ("factors" in u) {
      bundle.factors = overlay(base("factors", bundle.factors), u.factors, factorKey);
    } else {
      bundle.events = overlay(base("events", bundle.events), u.events, eventKey);
    }
  }
  return bundle;
}
