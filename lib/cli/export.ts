// npm run export: a static copy of the whole site in out/, for any plain web server or CDN.
// Builds with NEXT_EXPORT=1 (next.config.js: output "export"; the `next start` build in .next is
// kept aside meanwhile: lib/publish/keep-next-build.ts), writes out/_headers, then checks that every page, embed, CSV and JSON
// file is there. Exit 0 when complete, 1 when the build fails or a file is missing.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { csvFileNames, savedFileName } from "../export/files";
import { headersFile } from "../publish/headers-file";
import { keepingNextBuild } from "../publish/keep-next-build";
import { embedHeaders, EMBED_PREFIX, siteHeaders } from "../publish/security-headers.cjs";
import { expectedStaticFiles, SITE_PAGES } from "../publish/static-files";
import { loadSite } from "../server/site";

const OUT = path.join(process.cwd(), "out");

function main(): Promise<number> | number {
  const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");
  const build = keepingNextBuild(process.cwd(), () =>
    spawnSync(nextBin, ["build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
    }),
  );
  if (build.status !== 0) {
    process.stderr.write(`export: next build failed (exit ${build.status ?? build.signal})\n`);
    return 1;
  }
  return loadSite().then((site) => {
    writeFileSync(
      path.join(OUT, "_headers"),
      headersFile(
        { siteHeaders, embedHeaders, embedPrefix: EMBED_PREFIX },
        SITE_PAGES,
        csvFileNames().map((f) => [`/data/${f}`, savedFileName(site, f)] as const),
      ),
    );
    const expected = expectedStaticFiles(site.panels.map((p) => p.id));
    const missing = expected.filter((f) => !existsSync(path.join(OUT, f)));
    for (const f of missing) process.stderr.write(`export: out/${f} is missing\n`);
    if (missing.length > 0) return 1;
    process.stdout.write(
      `export: out/ holds all ${expected.length} expected files; serve it with any static server (README: "Static copy")\n`,
    );
    return 0;
  });
}

void Promise.resolve(main()).then((code) => (process.exitCode = code));
