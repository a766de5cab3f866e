import type { Metadata } from "next";
import { CLI_EXAMPLES, EXIT_CODES } from "@/lib/catalog/cli";
import { SUPPORT_FILE_DOCS, TIDY_COLUMN_MEANINGS } from "@/lib/catalog/files";
import { periodName } from "@/lib/catalog/period-name";
import { summariseRows, type DatasetSummary } from "@/lib/catalog/summary";
import { BASIS_MEANINGS, UNIT_NAMES } from "@/lib/catalog/vocabulary";
import { datasetFile } from "@/lib/data/bundle";
import { DATASETS, TIDY_COLUMNS, type DatasetSpec } from "@/lib/data/datasets";
import { BASES } from "@/lib/data/types";
import { csvColumns, csvRecordCount } from "@/lib/export/files";
import { formatNumber } from "@/lib/format";
import { DATA_LICENCE, SITE_URL } from "@/lib/publish/licence";
import { readSiteVersion, type SiteVersion } from "@/lib/publish/version";
import { loadSite } from "@/lib/server/site";
import { CiteThis } from "../components/CiteThis";
import styles from "../catalog.module.css";

export const metadata: Metadata = {
  title: "Data",
  description:
    "Every dataset behind the dashboard as CSV: columns, units, series, sources and caveats, plus the derived metrics, the checks and the command line.",
};

const count = (n: number, one: string, many: string) =>
  `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

const href = (file: string) => `/data/${file}`;
const baseName = (file: string) => file.replace(/\.csv$/, "");

function Download({ file, rows }: { file: string; rows: number | null }) {
  return (
    <p className={styles.download}>
      <a href={href(file)} download>
        Download {file}
      </a>
      {rows !== null && <span className="muted"> · {count(rows, "row", "rows")}</span>}
    </p>
  );
}

/** What a column holds in this particular file, from its rows and its declaration. */
function InThisFile({
  column,
  spec,
  summary,
}: {
  column: (typeof TIDY_COLUMNS)[number];
  spec: DatasetSpec;
  summary: DatasetSummary;
}) {
  switch (column) {
    case "period":
      if (!summary.first || !summary.last) return <>No rows.</>;
      if (summary.first.label === summary.last.label) return <>{periodName(summary.first)}</>;
      return (
        <>
          {periodName(summary.first)} to {periodName(summary.last)}
        </>
      );
    case "series":
      return (
        <ul className={styles.plain}>
          {Object.entries(spec.series).map(([id, label]) => (
            <li key={id}>
              <code>{id}</code>: {label}
            </li>
          ))}
        </ul>
      );
    case "unit":
      return (
        <ul className={styles.plain}>
          {spec.units.map((u) => (
            <li key={u}>
              <code>{u}</code>: {UNIT_NAMES[u]}
            </li>
          ))}
        </ul>
      );
    case "basis":
      return <>{summary.bases.join(", ") || "–"}</>;
    case "source_id":
      return <>{count(summary.sources, "source", "different sources")}</>;
    case "note":
      return <>{count(summary.notes, "row has a note", "rows have a note")}</>;
    case "value":
      return <>{count(summary.rows, "value", "values")}</>;
  }
}

function DatasetEntry({
  spec,
  rows,
  version,
}: {
  spec: DatasetSpec;
  rows: DatasetSummary;
  version: SiteVersion;
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
      <Download file={file} rows={rows.rows} />
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

export default async function DataPage() {
  const site = await loadSite();
  const summaries = DATASETS.map((spec) => ({
    spec,
    rows: summariseRows(site.bundle.datasets[spec.name]),
  }));
  const totalRows = summaries.reduce((sum, s) => sum + s.rows.rows, 0);
  const version = readSiteVersion(site.bundle.sources);

  return (
    <>
      <h1>Data</h1>
      <p className="lede">
        {count(DATASETS.length, "dataset", "datasets")} with {count(totalRows, "row", "rows")} in
        one tidy shape, the sources that state every value, the conversion factors, and the derived
        metrics and checks, each as a CSV file at a stable address. A downloaded dataset passes the
        project&apos;s own validator unchanged. How each derived number is computed:{" "}
        <a href="/methodology">Methodology</a>.
      </p>
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          <li>
            <a href="#datasets">Datasets</a>
          </li>
          <li>
            <a href="#support">Sources, factors, events, metrics, checks</a>
          </li>
          <li>
            <a href="#model">Data model</a>
          </li>
          <li>
            <a href="#cli">Command line</a>
          </li>
          <li>
            <a href="#reuse">Licence, citation, Data Package</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="datasets" className={styles.section}>
        <h2 id="datasets">Datasets</h2>
        <p className="muted">
          Every dataset has the same seven columns: {TIDY_COLUMNS.join(", ")}. The article&apos;s
          claims and the evidence never share a file.
        </p>
        {summaries.map(({ spec, rows }) => (
          <DatasetEntry key={spec.name} spec={spec} rows={rows} version={version} />
        ))}
      </section>

      <section aria-labelledby="support" className={styles.section}>
        <h2 id="support">Sources, factors, events, metrics, checks</h2>
        {SUPPORT_FILE_DOCS.map((doc) => (
          <section
            key={doc.file}
            id={`file-${baseName(doc.file)}`}
            aria-labelledby={`file-${baseName(doc.file)}-title`}
            className={styles.entry}
          >
            <h3 id={`file-${baseName(doc.file)}-title`}>
              {doc.title} <code className={styles.file}>{doc.file}</code>
            </h3>
            <p>{doc.description}</p>
            <Download file={doc.file} rows={csvRecordCount(site, doc.file)} />
            <div className="table-wrap">
              <table className={styles.columns}>
                <caption>Columns of {doc.file}</caption>
                <thead>
                  <tr>
                    <th scope="col">Column</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {csvColumns(site, doc.file).map((c) => (
                    <tr key={c}>
                      <th scope="row">
                        <code>{c}</code>
                      </th>
                      <td>{doc.columns[c] ?? "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </section>

      <section aria-labelledby="model" className={styles.section}>
        <h2 id="model">Data model</h2>
        <p>
          One row is one number: a period, a series, a plain decimal value and its unit, how it is
          known (basis), which source states it, and a note. The basis is one of:
        </p>
        <dl className={styles.terms}>
          {BASES.map((b) => (
            <div key={b}>
              <dt>
                <code>{b}</code>
              </dt>
              <dd>{BASIS_MEANINGS[b]}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          Spreadsheet formulas are neutralised in every CSV written here: a text cell that starts
          with =, +, -, @ or a control character gets a leading apostrophe; numbers stay numbers.
        </p>
      </section>

      <section aria-labelledby="cli" className={styles.section}>
        <h2 id="cli">Command line</h2>
        <p>
          From a clone of the repository, after <code>npm ci</code>:
        </p>
        {CLI_EXAMPLES.map((ex) => (
          <div key={ex.command} className={styles.command}>
            <pre>
              <code>{ex.command}</code>
            </pre>
            <p>{ex.description}</p>
          </div>
        ))}
        <div className="table-wrap">
          <table>
            <caption>Exit codes of validate</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Code
                </th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {EXIT_CODES.map((e) => (
                <tr key={e.code}>
                  <th scope="row" className="num">
                    {e.code}
                  </th>
                  <td>{e.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="reuse" className={styles.section}>
        <h2 id="reuse">Licence, citation, Data Package</h2>
        <p>
          The compilation (the tables, derived values, formulas, notes and checks) is published
          under <a href={DATA_LICENCE.path}>{DATA_LICENCE.title}</a>: reuse it for any purpose,
          crediting it as below. The sources keep their own rights: each quote in sources.csv is a
          short excerpt that documents where a number comes from. This version: data of{" "}
          {version.dataDate}, commit <code>{version.commit}</code>.
        </p>
        <CiteThis version={version} buildOrigin={SITE_URL} id="cite-data" />
        <p className="wrap-code">
          <a href="/data/datapackage.json">datapackage.json</a>: a{" "}
          <a href="https://datapackage.org/standard/data-package/">Frictionless Data Package</a>{" "}
          (v2) describing every CSV above with its Table Schema (types, required cells, allowed
          series, units and bases, primary and foreign keys), licence and sources. In Python,{" "}
          <code>frictionless.Package(&quot;…/data/datapackage.json&quot;)</code>; in R,{" "}
          <code>frictionless::read_package(&quot;…/data/datapackage.json&quot;)</code>.
        </p>
      </section>
    </>
  );
}
