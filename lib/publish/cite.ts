// "Cite this": an APA-like reference and a BibTeX entry for the dashboard and for each dataset,
// naming the version (the date of the data and the commit) so a citation points at the numbers
// that were read. Pure: the caller gives the address and the version.
import { DATA_LICENCE, SITE_AUTHOR, SITE_TITLE } from "./licence";
import type { SiteVersion } from "./version";

export interface Citable {
  /** What is cited: the dashboard, or a dataset ("China's crude imports, annual"). */
  title: string;
  /** Full address, e.g. https://host/data/crude_annual.csv. */
  url: string;
  /** BibTeX key: letters, digits and underscores. */
  key: string;
  /** [Data set], [Dashboard and data set] … */
  kind: string;
}

const year = (v: SiteVersion) => (/^\d{4}/.test(v.dataDate) ? v.dataDate.slice(0, 4) : "n.d.");
const versionLabel = (v: SiteVersion) => `data of ${v.dataDate}, commit ${v.commit}`;

/** `Author. (Year). Title (Version: data of D, commit C) [Kind]. Licence. URL` */
export function apaCitation(item: Citable, v: SiteVersion): string {
  const part = item.title === SITE_TITLE ? "" : ` In ${SITE_TITLE}`;
  return `${SITE_AUTHOR}. (${year(v)}). ${item.title} (Version: ${versionLabel(v)}) [${item.kind}].${part ? `${part}.` : ""} ${DATA_LICENCE.name} (data). ${item.url}`;
}

// BibTeX needs {, } and \ escaped, and % starts a comment.
const bib = (text: string) => text.replace(/[\\{}%]/g, (c) => `\\${c}`);

/** A @misc entry (biblatex reads `version` and `url`; classic BibTeX reads howpublished/note). */
export function bibtexCitation(item: Citable, v: SiteVersion): string {
  const fields: [string, string][] = [
    ["author", `{${bib(SITE_AUTHOR)}}`],
    ["title", `{${bib(item.title)}}`],
    ["year", year(v)],
    ["version", bib(`${v.dataDate}+${v.commit}`)],
    ["url", item.url],
    ["howpublished", `\\url{${item.url}}`],
    ["note", bib(`${item.kind}, ${versionLabel(v)}; data licence ${DATA_LICENCE.name}`)],
  ];
  return `@misc{${item.key},\n${fields.map(([k, val]) => `  ${k} = {${val}},`).join("\n")}\n}`;
}

/** The dashboard as a citable item at `origin` (no trailing slash). */
export const siteCitable = (origin: string): Citable => ({
  title: SITE_TITLE,
  url: `${origin}/`,
  key: "russia_china_energy_trade",
  kind: "Dashboard and data set",
});

/** A dataset file as a citable item. */
export const datasetCitable = (origin: string, title: string, file: string): Citable => ({
  title,
  url: `${origin}/data/${file}`,
  key: `russia_china_energy_${file.replace(/\.csv$/, "").replace(/[^a-z0-9]+/gi, "_")}`,
  kind: "Data set",
});
