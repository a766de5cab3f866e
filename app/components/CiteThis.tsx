"use client";
// "Cite this": the reference text with the address the reader has open (the build does not know
// the host a static copy is served from, unless SITE_URL was set). Until hydration the address is
// the one the build knew, or the path alone.
import { useSyncExternalStore } from "react";
import { apaCitation, bibtexCitation, datasetCitable, siteCitable } from "@/lib/publish/cite";
import type { SiteVersion } from "@/lib/publish/version";

const noChange = () => () => {};

function useOrigin(buildOrigin: string): string {
  return useSyncExternalStore(
    noChange,
    () => buildOrigin || window.location.origin,
    () => buildOrigin,
  );
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
  const origin = useOrigin(buildOrigin);
  const item = dataset ? datasetCitable(origin, dataset.title, dataset.file) : siteCitable(origin);
  return (
    <details className="cite">
      <summary>Cite this{dataset ? " dataset" : ""}</summary>
      <p id={`${id}-apa`} className="cite-text">
        {apaCitation(item, version)}
      </p>
      <pre id={`${id}-bibtex`} className="cite-bibtex">
        <code>{bibtexCitation(item, version)}</code>
      </pre>
    </details>
  );
}
