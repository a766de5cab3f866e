// On the dashboard, Chart.js reaches the browser through one module, PanelChart.tsx (loaded by
// chart-module.ts for the panels and, through it, by png.ts for the publication PNG). When png.ts imported chart-register.ts on its
// own, Turbopack made chart-register a chunk of its own, and that chunk kept four Chart.js
// controllers no chart uses and the time scale: 1.4 KiB gzip more over a whole read of the page,
// and a second file (BENCHMARKS.md, session 7). Byte counts are the bench's; this holds the shape.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

/** Every .ts/.tsx file under `dir`, relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

/** The files whose code imports `module` (statically, for its side effects, or with import()). */
function importersOf(module: string, files: string[]): string[] {
  const pattern = new RegExp(`(?:from\\s+|import\\s*\\(?\\s*)"[^"]*\\b${module}"`);
  return files.filter((f) => pattern.test(readFileSync(path.join(ROOT, f), "utf8")));
}

describe("Chart.js's way into the browser", () => {
  const files = [...sources("app"), ...sources("lib")];

  it("chart-register is imported by PanelChart alone", () => {
    expect(importersOf("chart-register", files)).toEqual(["app/components/PanelChart.tsx"]);
  });

  it("no module imports chart.js's runtime but chart-register (types are free)", () => {
    const runtime = files.filter((f) =>
      /^import\s+(?!type\s)[^;]*from\s+"chart\.js"/m.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(runtime).toEqual(["app/components/chart-register.ts"]);
  });

  // The embed is a page of its own (/embed/…); on the dashboard, png.ts goes through the module.
  it("PanelChart is loaded by the dashboard's chart module and the embed's panel, nothing else", () => {
    expect(importersOf("PanelChart", files)).toEqual([
      "app/components/chart-module.ts",
      "app/embed/EmbedPanel.tsx",
    ]);
  });
});
