// Lighthouse 12 (mobile profile, its default) on the system Chromium. Lighthouse is not a
// dependency of the project: with its own dependencies it is about 190 MB and 200 packages,
// more than the whole rest of the dev tooling needs, for one optional benchmark. It is installed
// on first use into bench/.cache (git-ignored), pinned. Lighthouse 13 needs Node 22: not here.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { CHROME_FLAGS, CHROME_PATH } from "./browser.mjs";
import { env, run } from "./server.mjs";

export const LIGHTHOUSE_VERSION = "12.8.2";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const execFileAsync = promisify(execFile);

const cacheDir = (root) => path.join(root, "bench", ".cache");

function installedVersion(root) {
  const pkg = path.join(cacheDir(root), "node_modules", "lighthouse", "package.json");
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, "utf8")).version : null;
}

/** Installs the pinned Lighthouse into bench/.cache unless it is there; returns what it did. */
export async function ensureLighthouse(root) {
  if (installedVersion(root) === LIGHTHOUSE_VERSION) return { installed: false, seconds: 0 };
  const dir = cacheDir(root);
  mkdirSync(dir, { recursive: true });
  console.error(`[lighthouse] installing lighthouse@${LIGHTHOUSE_VERSION} into ${dir}`);
  const start = Date.now();
  const code = await run(
    "npm",
    [
      "install",
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--prefix",
      dir,
      `lighthouse@${LIGHTHOUSE_VERSION}`,
    ],
    { prefix: "[lighthouse install]" },
  );
  if (code !== 0 || installedVersion(root) !== LIGHTHOUSE_VERSION) {
    throw new Error(`npm install lighthouse@${LIGHTHOUSE_VERSION} failed (exit ${code})`);
  }
  return { installed: true, seconds: (Date.now() - start) / 1000 };
}

const score = (category) => (category?.score == null ? null : Math.round(category.score * 100));

/** The audits of a category that did not pass, as "id (score)". */
function failing(lhr, categoryId) {
  return (lhr.categories[categoryId]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`);
}

// Lighthouse now and then loses its trace on a busy machine (NO_NAVSTART, "Please run
// Lighthouse again"): a run is tried up to this many times.
const ATTEMPTS = 3;

async function lighthouseOnce(root, url, outFile) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseAttempt(root, url, outFile);
    } catch (err) {
      if (attempt >= ATTEMPTS) throw err;
      console.error(`[lighthouse] ${url}: attempt ${attempt} failed, trying again`);
    }
  }
}

async function lighthouseAttempt(root, url, outFile) {
  const bin = path.join(cacheDir(root), "node_modules", ".bin", "lighthouse");
  rmSync(outFile, { force: true });
  await execFileAsync(
    bin,
    [
      url,
      "--output=json",
      `--output-path=${outFile}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      "--quiet",
    ],
    { env: { ...env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 },
  );
  const lhr = JSON.parse(readFileSync(outFile, "utf8"));
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories["best-practices"]),
    seo: score(lhr.categories.seo),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? null,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? null,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
    fcpMs: lhr.audits["first-contentful-paint"]?.numericValue ?? null,
    // Lighthouse's own measure of the host's CPU speed: below about 1000 it warns that the
    // scores are unreliable (a slow or busy machine).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(lhr, c)])),
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * `runs` Lighthouse runs of `url`; the run with the median performance score stands for the
 * page (as Lighthouse's own docs advise), with every run's score kept.
 */
export async function lighthouse(root, url, { runs = 3, outDir, name }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    // The last run's full report stays in bench/out for a closer look.
    const file = path.join(outDir, `lighthouse-${name}.json`);
    results.push(await lighthouseOnce(root, url, file));
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return { ...sorted[sorted.length >> 1], performanceRuns: results.map((r) => r.performance) };
}
