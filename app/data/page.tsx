import { datasetVintages } from "@/lib/data/coverage";
import type { Metadata } from "next";
import { CLI_EXAMPLES, EXIT_CODES } from "@/lib/catalog/cli";
import { SUPPORT_FILE_DOCS } from "@/lib/catalog/files";
import { summariseRows } from "@/lib/catalog/summary";
import { BASIS_MEANINGS } from "@/lib/catalog/vocabulary";
import { DATASETS, TIDY_COLUMNS } from "@/lib/data/datasets";
import { BASES } from "@/lib/data/types";
import { csvColumns, csvRecordCount } from "@/lib/export/files";
import { DATA_LICENCE, SITE_URL } from "@/lib/publish/licence";
import { readSiteVersion } from "@/lib/publish/version";
import { loadSite } from "@/lib/server/site";
import { CiteThis } from "../components/CiteThis";
import { count } from "../components/catalog/count";
import { DatasetEntry } from "../components/catalog/DatasetEntry";
import { Download } from "../components/catalog/Download";
import styles from "../catalog.module.css";

export const metadata: Metadata = {
  title: "Data",
  description:
    "Every dataset behind the dashboard as CSV: columns, units, series, sources and caveats, plus the derived metrics, the checks and the command line.",
};

const baseName = (file: string) => file.replace(/\.csv$/, "");

export default async function DataPage() {
  const site = await loadSite();
  const vintages = datasetVintages(site.bundle.datasets);
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
          <DatasetEntry
            key={spec.name}
            spec={spec}
            rows={rows}
            version={version}
            vintage={vintages.find((v) => v.dataset === spec.name)}
          />
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

      <section aria-labelledby="model" className={`${styles.section} ${styles.far}`}>
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

      <section aria-labelledby="cli" className={`${styles.section} ${styles.far}`}>
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
      <section aria-labelledby="reuse" className={`${styles.section} ${styles.far}`}>
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
