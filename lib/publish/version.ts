// Which version of the site and its data a page, a citation or datapackage.json describes: the
// commit the build was made from and the date the data last changed. Read from git at build time
// (server and command line only); a copy without git history (a tarball, a CI cache) falls back
// to SITE_COMMIT / SITE_DATA_DATE from the environment, then to "unknown" and the newest source date.
import { execFileSync } from "node:child_process";
import type { Source } from "../data/types";

export interface SiteVersion {
  /** Short commit hash (12 hex digits), or "unknown". */
  commit: string;
  /** YYYY-MM-DD: the last commit that changed data/, else the newest source's date. */
  dataDate: string;
}

function git(args: string[]): string | null {
  try {
    const out = execFileSync("git", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out.trim() || null;
  } catch {
    return null;
  }
}

/** The newest YYYY-MM-DD (or YYYY-MM, read as its first day) among the sources' dates. */
export function newestSourceDate(sources: readonly Source[]): string | null {
  const dates = sources
    .map((s) => s.date)
    .filter((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d))
    .map((d) => (d.length === 7 ? `${d}-01` : d))
    .sort();
  return dates.at(-1) ?? null;
}

export function readSiteVersion(sources: readonly Source[]): SiteVersion {
  const commit = process.env.SITE_COMMIT || git(["rev-parse", "--short=12", "HEAD"]) || "unknown";
  const dataDate =
    process.env.SITE_DATA_DATE ||
    git(["log", "-1", "--format=%cs", "--", "data"]) ||
    newestSourceDate(sources) ||
    "unknown";
  return { commit, dataDate };
}
