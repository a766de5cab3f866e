// out/_headers: the security headers in the form static hosts read (Netlify, Cloudflare Pages and
// others: a path pattern on its own line, then indented `Name: value` lines).
//
// Hosts merge every rule that matches a path, and join a header that two rules set into one
// comma-separated value. A catch-all `/*` with the site's Content-Security-Policy plus an
// `/embed/*` rule would therefore send both policies to an embed, and the stricter
// frame-ancestors would still forbid framing. So `/*` carries only the headers every route shares,
// and the framing policy is set per page: the site's on each page, the open one on /embed/*.
import type { Header } from "./security-headers.cjs";

export interface HeaderPolicy {
  siteHeaders: readonly Header[];
  embedHeaders: readonly Header[];
  embedPrefix: string;
}

const FRAMING = new Set(["content-security-policy", "x-frame-options"]);
const isFraming = (h: Header) => FRAMING.has(h.key.toLowerCase());

function rule(pattern: string, headers: readonly Header[]): string {
  return [pattern, ...headers.map((h) => `  ${h.key}: ${h.value}`)].join("\n");
}

/**
 * The _headers text for a static copy whose pages (outside the embeds) are `pages`, given as URL
 * paths without `.html` (`/`, `/methodology`, `/data`, `/404`). Each page gets a rule for its clean
 * URL and for its `.html` file, since hosts differ in which one they match. Each of `downloads`
 * (`["/data/savings.csv", "savings_through-2025-12_checked-2026-11-30.csv"]`: path and the name to
 * save it under) is sent as an attachment under that name, as `next start` sends it.
 */
export function headersFile(
  policy: HeaderPolicy,
  pages: readonly string[],
  downloads: readonly (readonly [path: string, saveAs: string])[] = [],
): string {
  const shared = policy.siteHeaders.filter((h) => !isFraming(h));
  const siteFraming = policy.siteHeaders.filter(isFraming);
  const paths = pages.flatMap((p) => (p === "/" ? ["/", "/index.html"] : [p, `${p}.html`]));
  return (
    [
      "# Written by `npm run export` from lib/publish/security-headers.cjs; do not edit.",
      rule("/*", shared),
      ...paths.map((p) => rule(p, siteFraming)),
      rule(`${policy.embedPrefix}/*`, policy.embedHeaders.filter(isFraming)),
      ...downloads.map(([path, saveAs]) =>
        rule(path, [{ key: "Content-Disposition", value: `attachment; filename="${saveAs}"` }]),
      ),
    ].join("\n") + "\n"
  );
}
