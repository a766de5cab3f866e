// Which published datasets a panel draws from: those whose rows share a source with the panel's
// rows. Used for "download full dataset" beside "download displayed data", each file named with
// its vintage.
import type { DataBundle } from "../data/bundle";
import { coverageOf, vintageFileName } from "../data/coverage";
import { datasetFile, DATASETS } from "../data/datasets";
import type { PanelRow } from "../panels/rows";

export interface DatasetLink {
  name: string;
  file: string;
  /** Records in the published file. */
  rows: number;
  /** YYYY-MM-DD: when the dataset's figures were last checked against their sources. */
  lastChecked: string;
  /** What the saved file is called: its name, last month covered and checked date. */
  saveAs: string;
}

/** Datasets (in registry order) with at least one row citing a source the panel's rows cite. */
export function datasetsForRows(rows: readonly PanelRow[], bundle: DataBundle): DatasetLink[] {
  const cited = new Set(rows.map((r) => r.sourceId));
  return DATASETS.filter((d) => bundle.datasets[d.name].some((o) => cited.has(o.sourceId))).map(
    (d) => ({
      name: d.name,
      file: datasetFile(d.name),
      rows: bundle.datasets[d.name].length,
      lastChecked: d.lastChecked,
      saveAs: vintageFileName(
        d.name,
        coverageOf(bundle.datasets[d.name])?.end ?? null,
        d.lastChecked,
      ),
    }),
  );
}
