// @ts-check
// The security headers, in one place: next.config.js sends them from `next start`, and
// `npm run export` writes the same policy into out/_headers for static hosts (lib/publish/headers-file.ts).
//
// Scripts need 'unsafe-inline': statically prerendered App Router pages carry their React Server
// Component payload in inline <script> tags, and nonces would force every page to be dynamic.
// Styles need it too: Chart.js and React set style attributes. Everything else is 'self' only.
// The upload worker is a same-origin module script ('self'); downloads are blob: URLs.

/** @param {string} frameAncestors */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Every route but the embeds: framed only by the site itself. */
const siteHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy("'self'") },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  ...common,
];

/**
 * /embed/<panel>: framed by any site (a newsroom's article). No X-Frame-Options: its only
 * values forbid framing, and browsers that know CSP ignore it when frame-ancestors is set anyway.
 */
const embedHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy("*") },
  ...common,
];

/** The path prefix of the embeds (no trailing slash). */
const EMBED_PREFIX = "/embed";

module.exports = { siteHeaders, embedHeaders, EMBED_PREFIX };
