// The two licences: the code (LICENSE, MIT) and the compilation of the data (LICENSE-DATA,
// CC BY 4.0). The compilation licence covers the selection, arrangement, derived figures and
// notes made here; each source's text and figures keep their own rights (sources.csv names them).
export const CODE_LICENCE = {
  name: "MIT",
  title: "MIT License",
  path: "https://opensource.org/license/mit",
  file: "LICENSE",
} as const;

export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
  file: "LICENSE-DATA",
} as const;

export const SITE_TITLE = "Russia–China energy trade, sourced";
/** The project's own name as an author, for citations (no person is named in the repository). */
export const SITE_AUTHOR = "Russia–China energy trade project";
/**
 * Where the site is published, when the build is told (SITE_URL=https://…); "" otherwise, and
 * citations and PNGs then name the address the reader has open.
 */
export const SITE_URL = (process.env.SITE_URL ?? "").replace(/\/+$/, "");
