// @ts-check
// The security headers live in lib/publish/security-headers.cjs (one policy for `next start` and
// for the static export's _headers file); the browser suite fails on any violation of them.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { siteHeaders, embedHeaders } = require("./lib/publish/security-headers.cjs");

// `npm run export` (lib/cli/export.ts) builds with NEXT_EXPORT=1: a static copy in out/. With
// `output: "export"`, distDir is where the finished copy lands (the build's own files are cleared
// from it), and the `next start` build in .next is left as it was. A static export cannot send
// headers (Next ignores `headers()` then): the export writes out/_headers instead.
const staticExport = process.env.NEXT_EXPORT === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  ...(staticExport
    ? { output: "export", distDir: "out" }
    : {
        async headers() {
          return [
            // Everything but /embed/…: the embeds alone may be framed by other sites.
            { source: "/:path((?!embed/).*)", headers: siteHeaders },
            { source: "/embed/:panel*", headers: embedHeaders },
          ];
        },
      }),
};

module.exports = nextConfig;
