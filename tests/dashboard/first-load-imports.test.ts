// The dashboard's first load must not carry the CSV reader and validator (papaparse among them):
// they arrived there once through one value import (datasetFile, then in lib/data/bundle.ts) and
// made the page 25 KiB gzip heavier (BENCHMARKS.md, issue 14). This walks the static, non-type
// imports from the dashboard's client entry, as a bundler would, and lists what it reaches.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".") && !spec.startsWith("@/")) return null; // a package
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : path.resolve(path.dirname(from), spec);
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Every file reached from `entry` through static imports that are not `import type`. */
function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    const specs = [
      ...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms),
      ...text.matchAll(/^import\s+"([^"]+)"/gm),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      const target = resolve(file, spec);
      if (target) queue.push(target);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) packages.add(spec);
    }
  }
  return { files, packages };
}

describe("the dashboard's first load", () => {
  const { files, packages } = staticImports(path.join(ROOT, "app/components/Dashboard.tsx"));
  const reached = [...files].map((f) => path.relative(ROOT, f));

  it("reaches the panels' chart code (the walk follows the imports it should)", () => {
    expect(reached).toContain("app/components/ChartPanel.tsx");
    expect(reached).toContain("app/components/chart-module.ts");
    expect(reached).toContain("app/components/upload/UploadPanel.tsx");
  });

  // Two small text helpers of the intake are the dashboard's too: how a reader's cell is printed
  // (its invisible characters named, long words breakable). They import nothing.
  const TEXT_HELPERS = new Set(["lib/intake/invisible.ts", "lib/intake/wrap.ts"]);

  it("does not reach the CSV reader, the validator or papaparse", () => {
    const reader = reached.filter(
      (f) => /^lib\/(csv|intake)\/|^lib\/data\/validate/.test(f) && !TEXT_HELPERS.has(f),
    );
    expect(reader).toEqual([]);
    expect(packages.has("papaparse")).toBe(false);
  });

  // A whole read of the page opens no table, saves no file and uploads nothing: what only those
  // need is fetched when first used, so the script budget of a whole read (BENCHMARKS.md) does not
  // carry it (BENCHMARKS.md, session 5).
  it("does not reach the table, the PNG, the downloads' dataset list or the upload's working part", () => {
    const onDemand = [
      "app/components/PanelTable.tsx",
      "app/components/png.ts",
      "lib/publish/panel-datasets.ts",
      "lib/data/datasets.ts",
      "app/components/upload/UploadWork.tsx",
    ];
    expect(reached.filter((f) => onDemand.includes(f))).toEqual([]);
  });

  // Nor does a whole read press "Share this view", open "How is this computed?" or a panel's
  // "Download data", or apply data of its own (session 6).
  it("does not reach the share dialog, the metrics' explanations, a panel's files or the reader's banner", () => {
    const onDemand = [
      "app/components/ShareDialog.tsx",
      "lib/publish/embed.ts",
      "app/components/PanelExplanations.tsx",
      "app/components/MetricCard.tsx",
      "app/components/panel-files.ts",
      "app/components/PanelDownloads.tsx",
      "app/components/ReaderBanner.tsx",
    ];
    expect(reached.filter((f) => onDemand.includes(f))).toEqual([]);
  });

  // Most visits open / with no query: the address's reader comes only for one (Dashboard.tsx).
  it("does not reach the reader of a view in the address", () => {
    expect(reached).not.toContain("lib/view/parse.ts");
  });

  // A first visit has no stored data of the reader's: IndexedDB's code comes when the browser holds
  // the site's database, or on "Apply" (app/components/reader-stored.ts).
  it("does not reach the reader's storage or idb-keyval", () => {
    expect(reached.filter((f) => /reader-storage\.ts$|reader-db\.ts$/.test(f))).toEqual([]);
    expect(packages.has("idb-keyval")).toBe(false);
  });
});
