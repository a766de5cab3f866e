// Which published datasets a panel draws from: those whose rows share a source with the panel's
// rows. Used for "download full dataset" beside "download displayed data".
import type { DataBundle } from "../data/bundle";
import { DATASETS } from "../data/datasets";
import type { PanelRow } from "../panels/rows";

/**
 * A dataset's published file name: the rule of `datasetFile` in lib/data/bundle.ts, which this
 * module cannot import: that module brings the CSV reader and validator (papaparse included,
 * ≈ 25 KiB gzip) into the dashboard's first load, where this runs (issue 14, script budget).
 * tests/dashboard/first-load-imports.test.ts holds the two equal.
 */
export const panelDatasetFile = (name: string) => `${name}.csv`;

export interface DatasetLink {
  name: string;
  file: string;
  /** Records in the published file. */
  rows: number;
}

/** Datasets (in registry order) with at least one row citing a source the panel's rows cite. */
export function datasetsForRows(rows: readonly PanelRow[], bundle: DataBundle): DatasetLink[] {
  const cited = new Set(rows.map((r) => r.sourceId));
  return DATASETS.filter((d) => bundle.datasets[d.name].some((o) => cited.has(o.sourceId))).map(
    (d) => ({ name: d.name, file: panelDatasetFile(d.name), rows: bundle.datasets[d.name].length }),
  );
}
