// /data/datapackage.json: a Frictionless Data Package v2 (https://datapackage.org/standard/) that
// describes every CSV under /data/ — its Table Schema, units, licence and sources — so R, Python
// and other frictionless tools read the files with their types, keys and constraints.
import { SUPPORT_FILE_DOCS } from "../catalog/files";
import { coverageOf } from "../data/coverage";
import { datasetFile, DATASETS, type DatasetName } from "../data/datasets";
import type { Source } from "../data/types";
import { csvFileNames, csvRecordCount, type CsvSite } from "../export/files";
import { DATA_LICENCE, SITE_TITLE } from "./licence";
import { supportTableSchema, tidyTableSchema, type TableSchema } from "./table-schemas";
import type { SiteVersion } from "./version";

const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

interface PackageSource {
  title: string;
  path?: string;
}

interface DataResource {
  name: string;
  path: string;
  type: "table";
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { $schema: string; header: true; delimiter: ","; quoteChar: '"' };
  schema: TableSchema;
  sources?: PackageSource[];
  "rce:rows": number;
  /** A dataset's vintage: its first and last period, and when its figures were last checked. */
  "rce:coverage"?: { first: string; last: string };
  "rce:lastChecked"?: string;
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  licenses: { name: string; path: string; title: string }[];
  sources: PackageSource[];
  resources: DataResource[];
}

/** A source as the package lists it: the publisher (and original outlet) with its address. */
function packageSource(s: Source): PackageSource {
  const title = `${s.publisher}${s.via ? ` (via ${s.via})` : ""}: ${s.title || s.id}`;
  return /^https?:\/\//.test(s.url) ? { title, path: s.url } : { title };
}

const dialect = {
  $schema: "https://datapackage.org/profiles/2.0/tabledialect.json",
  header: true,
  delimiter: ",",
  quoteChar: '"',
} as const;

/**
 * The package for the published data. `version` is `<data date>+<commit>`; `created` the data
 * date at midnight UTC. Resource names are the file names without `.csv`; resource paths are
 * relative to /data/, where the package itself is served.
 */
export function buildDataPackage(site: CsvSite, version: SiteVersion): DataPackage {
  const sourceById = new Map(site.bundle.sources.map((s) => [s.id, s]));
  const resources: DataResource[] = [];
  const vintageOf = (name: DatasetName, lastChecked: string) => {
    const coverage = coverageOf(site.bundle.datasets[name]);
    return {
      ...(coverage ? { "rce:coverage": { first: coverage.first, last: coverage.last } } : {}),
      "rce:lastChecked": lastChecked,
    };
  };
  for (const file of csvFileNames()) {
    const name = file.replace(/\.csv$/, "");
    const spec = DATASETS.find((d) => datasetFile(d.name) === file);
    const doc = SUPPORT_FILE_DOCS.find((d) => d.file === file);
    const schema = spec
      ? tidyTableSchema(spec)
      : doc
        ? supportTableSchema(file, doc.columns)
        : null;
    if (!schema) continue;
    const cited = spec
      ? [...new Set(site.bundle.datasets[spec.name].map((o) => o.sourceId))]
          .map((id) => sourceById.get(id))
          .filter((s): s is Source => s !== undefined)
          .map(packageSource)
      : [];
    resources.push({
      name,
      path: file,
      type: "table",
      title: spec?.title ?? doc?.title ?? name,
      description: spec?.description ?? doc?.description ?? "",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect,
      schema,
      ...(cited.length > 0 ? { sources: cited } : {}),
      "rce:rows": csvRecordCount(site, file) ?? 0,
      ...(spec ? vintageOf(spec.name, spec.lastChecked) : {}),
    });
  }
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: "russia-china-energy-trade",
    title: SITE_TITLE,
    description:
      "Russian oil and gas trade with China: the figures behind a May 2024 news article and the sources around them, every value with the sentence that states it (sources.csv), every derived value with its formula. Sources keep their own rights; the compilation is CC BY 4.0.",
    version: `${version.dataDate}+${version.commit}`,
    created: /^\d{4}-\d{2}-\d{2}$/.test(version.dataDate)
      ? `${version.dataDate}T00:00:00Z`
      : "1970-01-01T00:00:00Z",
    licenses: [{ name: DATA_LICENCE.name, path: DATA_LICENCE.path, title: DATA_LICENCE.title }],
    sources: site.bundle.sources.map(packageSource),
    resources,
  };
}
