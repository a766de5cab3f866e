// Which published datasets a panel draws from: those whose rows share a source with the panel's
// rows. Used for "download full dataset" beside "download displayed data".
import { datasetFile, type DataBundle } from "../data/bundle";
import { DATASETS } from "../data/datasets";
import type { PanelRow } from "../panels/rows";

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
    (d) => ({ name: d.name, file: datasetFile(d.name), rows: bundle.datasets[d.name].length }),
  );
}
