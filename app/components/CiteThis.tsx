// "Cite this": the reference text with the address the reader has open. The text is written here,
// on the server; only the address is the browser's (SiteOrigin.tsx), so the pages' scripts carry
// no citation code (the script budget: BENCHMARKS.md, session 6).
import { Fragment } from "react";
import { apaCitation, bibtexCitation, datasetCitable, siteCitable } from "@/lib/publish/cite";
import type { SiteVersion } from "@/lib/publish/version";
import { SiteOrigin } from "./SiteOrigin";

// Stands for the address in the text written here: a character no title, version or licence holds.
const ORIGIN = "\u0000";

/** `text` with each ORIGIN replaced by the address the reader has open. */
function WithOrigin({ text, buildOrigin }: { text: string; buildOrigin: string }) {
  return text.split(ORIGIN).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <SiteOrigin buildOrigin={buildOrigin} />}
      {part}
    </Fragment>
  ));
}

export function CiteThis({
  version,
  buildOrigin,
  dataset,
  id,
}: {
  version: SiteVersion;
  /** SITE_URL at build, or "". */
  buildOrigin: string;
  /** A dataset to cite instead of the dashboard. */
  dataset?: { title: string; file: string };
  /** Prefix for element ids, unique on the page. */
  id: string;
}) {
  const item = dataset ? datasetCitable(ORIGIN, dataset.title, dataset.file) : siteCitable(ORIGIN);
  return (
    <details className="cite">
      <summary>Cite this{dataset ? " dataset" : ""}</summary>
      <p id={`${id}-apa`} className="cite-text">
        <WithOrigin text={apaCitation(item, version)} buildOrigin={buildOrigin} />
      </p>
      <pre id={`${id}-bibtex`} className="cite-bibtex">
        <code>
          <WithOrigin text={bibtexCitation(item, version)} buildOrigin={buildOrigin} />
        </code>
      </pre>
    </details>
  );
}
