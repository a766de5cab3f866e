// `npm run export` must leave the `next start` build alone. Next 16 builds a static export in
// .next whatever distDir says (a custom distDir only names where the copy lands:
// node_modules/next/dist/export/utils.js, getBuildDistDir), so an export after `next build`
// replaced .next with a build whose routes manifest has no `headers()`: `next start` then served
// every route, /embed/* included, without its security headers.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/** Where the `next start` build waits while the export builds (git-ignored). */
const KEPT_DIR = ".next-kept";

/**
 * Runs `build` with `<root>/.next` moved aside to `<root>/.next-kept`, then puts it back
 * (dropping the export's own .next). Without a .next, `build` simply runs. Returns what `build`
 * returns; a thrown error still restores .next. Fails with a thrown error if `.next-kept` is left
 * from an interrupted run (moving it back by hand is the reader's call, not this function's).
 */
export function keepingNextBuild<T>(root: string, build: () => T): T {
  const live = path.join(root, ".next");
  const kept = path.join(root, KEPT_DIR);
  if (existsSync(kept))
    throw new Error(
      `${KEPT_DIR}/ is left from an interrupted export: move it back to .next/ or delete it`,
    );
  if (!existsSync(live)) return build();
  renameSync(live, kept);
  try {
    return build();
  } finally {
    rmSync(live, { recursive: true, force: true });
    renameSync(kept, live);
  }
}
