"use client";
// The inside of a panel's "Download data": what the displayed-data CSV holds and which full
// datasets the panel draws from, with their sizes once counted. Fetched when "Download data" is
// first opened (ChartPanel.tsx): a whole read of the page opens none, and the script budget counts
// a whole read (BENCHMARKS.md).
import type { DownloadCounts } from "./panel-files";
import { formatNumber } from "@/lib/format";

export function PanelDownloads({
  viewLabel,
  counts,
  onCsv,
}: {
  viewLabel: string;
  /** The counts for the view shown, or null while they are counted. */
  counts: DownloadCounts | null;
  onCsv(): void;
}) {
  return (
    <>
      <p>
        <button type="button" onClick={onCsv}>
          Download displayed data
          {counts && ` (${counts.rows} rows)`}
        </button>{" "}
        Displayed: the rows this chart draws, in this view ({viewLabel}) with the units, years and
        values-or-change chosen above; each row with its basis, source and quote. Saved files are
        named with the last month they cover and the date their figures were checked.
      </p>
      <p>
        Full dataset
        {counts ? ": " : " (counting rows…)"}
        {counts?.datasets.map((d, i) => (
          <span key={d.name}>
            {i > 0 && ", "}
            <a href={`/data/${d.file}`} download={d.saveAs}>
              {d.file}
            </a>{" "}
            ({formatNumber(d.rows, 0)} rows, checked {d.lastChecked})
          </span>
        ))}
        . Every published row of the file this panel draws from, in the units the sources state.
      </p>
    </>
  );
}
