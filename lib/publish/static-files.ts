// What a complete static copy of the site holds, as file paths inside out/: the contract
// `npm run export` checks its output against and the static-copy browser test serves.
import { csvFileNames } from "../export/files";

/** The pages outside the embeds, as URL paths (`/404` is the not-found page static hosts serve). */
export const SITE_PAGES = ["/", "/methodology", "/data", "/404"] as const;

/** The JSON files under /data/. */
const DATA_JSON_FILES = ["bundle.json", "datapackage.json"] as const;

/** The HTML file a static export writes for a URL path (Next writes `/x` as `x.html`). */
const htmlFileFor = (urlPath: string) =>
  urlPath === "/" ? "index.html" : `${urlPath.slice(1)}.html`;

/** Every file out/ must hold, given the panel ids that have an embed. */
export function expectedStaticFiles(panelIds: readonly string[]): string[] {
  return [
    ...SITE_PAGES.map(htmlFileFor),
    ...panelIds.map((id) => htmlFileFor(`/embed/${id}`)),
    ...csvFileNames().map((f) => `data/${f}`),
    ...DATA_JSON_FILES.map((f) => `data/${f}`),
    "favicon.ico",
    "_headers",
  ];
}
