import { CiteThis } from "@/app/components/CiteThis";
import { TIDY_COLUMN_MEANINGS } from "@/lib/catalog/files";
import type { DatasetSummary } from "@/lib/catalog/summary";
import { datasetFile, TIDY_COLUMNS, type DatasetSpec } from "@/lib/data/datasets";
import { SITE_URL } from "@/lib/publish/licence";
import type { SiteVersion } from "@/lib/publish/version";
import { vintageFileName, type DatasetVintage } from "@/lib/data/coverage";
import { Download } from "./Download";
import { InThisFile } from "./InThisFile";
import styles from "@/app/catalog.module.css";

/** One dataset's catalog entry: description, download, citation, its columns as they are in this file, caveats. */
export function DatasetEntry({
  spec,
  rows,
  version,
  vintage,
}: {
  spec: DatasetSpec;
  rows: DatasetSummary;
  version: SiteVersion;
  vintage: DatasetVintage | undefined;
}) {
  const file = datasetFile(spec.name);
  return (
    <section
      id={`dataset-${spec.name}`}
      aria-labelledby={`dataset-${spec.name}-title`}
      className={styles.entry}
    >
      <h3 id={`dataset-${spec.name}-title`}>
        {spec.title} <code className={styles.file}>{file}</code>
      </h3>
      <p>{spec.description}</p>
      <p className="muted" data-testid="vintage">
        {vintage?.coverage
          ? `Covers ${vintage.coverage.first} to ${vintage.coverage.last}`
          : "No rows"}
        ; figures last checked against their sources on {spec.lastChecked}.
      </p>
      <Download
        file={file}
        rows={rows.rows}
        saveAs={vintageFileName(spec.name, vintage?.coverage?.end ?? null, spec.lastChecked)}
      />
      <CiteThis
        version={version}
        buildOrigin={SITE_URL}
        dataset={{ title: spec.title, file }}
        id={`cite-${spec.name}`}
      />
      <div className="table-wrap">
        <table className={styles.columns}>
          <caption>Columns of {file}</caption>
          <thead>
            <tr>
              <th scope="col">Column and meaning</th>
              <th scope="col">In this file</th>
            </tr>
          </thead>
          <tbody>
            {TIDY_COLUMNS.map((c) => (
              <tr key={c}>
                <th scope="row" className={styles.described}>
                  <code>{c}</code>
                  <span className={styles.meaning}>{TIDY_COLUMN_MEANINGS[c]}</span>
                </th>
                <td>
                  <InThisFile column={c} spec={spec} summary={rows} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {spec.caveats.length > 0 && (
        <>
          <p className={styles.subhead}>Caveats</p>
          <ul>
            {spec.caveats.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
