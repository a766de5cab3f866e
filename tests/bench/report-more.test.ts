// How the bench judges the figures issue 14 added, on figures written here (no timing is run).
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the bench, without types
import { interactionTable, moreBudgets, wholeReadTable } from "../../bench/report-more.mjs";

const MiB = 1024 * 1024;
const control = (name: string, p75Ms: number, maxMs: number, extra = {}) => ({
  control: name,
  p75Ms,
  medianMs: p75Ms,
  maxMs,
  latenciesMs: [p75Ms, maxMs],
  ...extra,
});

describe("the budgets of the interaction, whole-read and memory parts", () => {
  const results = {
    interaction: {
      slowdown: 4,
      presses: 2,
      chartsBuilt: 5,
      controls: [
        control("floor: a click on text (no handler)", 24, 32, { floor: true }),
        control("first change (loads the recompute code)", 300, 300, { first: true }),
        control("slider lngBcmPerMt", 100, 180),
        control("radio mode", 104, 120),
      ],
    },
    js: {
      bare: { totalBytes: 100 * 1024 },
      routes: {
        "/": {
          scripts: [{ path: "/_next/static/chunks/a.js", bytes: 1, decodedBytes: 1 }],
          wholeRead: {
            totalBytes: 180 * 1024,
            decodedBytes: 600 * 1024,
            charts: 5,
            dataFetched: true,
            scripts: [
              { path: "/_next/static/chunks/a.js", bytes: 1, decodedBytes: 1 },
              { path: "/_next/static/chunks/upload.js", bytes: 9830, decodedBytes: 26000 },
            ],
          },
        },
      },
    },
    memory: {
      available: true,
      rows: 1000,
      fileBytes: 10 * MiB,
      samples: [
        { moment: "before the upload", totalBytes: 5 * MiB, during: false },
        { moment: "reading, 0.3 s", totalBytes: 41 * MiB, during: true },
        { moment: "after Remove, garbage collected", totalBytes: 16 * MiB, during: false },
      ],
    },
  };
  const rows: [string, string, string, boolean][] = moreBudgets(results);
  const status = (start: string) => rows.find((r) => r[0].startsWith(start))?.[3];

  it("a control meets 100 ms at its 75th percentile (100: met; 104: not), floor and first change are not judged", () => {
    expect(status("Control slider lngBcmPerMt")).toBe(true);
    expect(status("Control radio mode")).toBe(false);
    expect(rows.some((r) => r[0].includes("floor") || r[0].includes("first change"))).toBe(false);
  });

  it("a whole read of bare + 80 KiB is the limit: 180 KiB over a 100 KiB bare page is bare + 80.0, met", () => {
    const row = rows.find((r) => r[0].startsWith("JS over a whole read"))!;
    expect(row[1]).toBe("180.0 KiB (bare + 80.0)");
    expect(row[3]).toBe(true);
  });

  it("memory: a peak of 41 MiB for a 10 MiB file is 4.10×, over 4×; 16 MiB after Remove is over 5 + 10", () => {
    const peak = rows.find((r) => r[0].startsWith("Upload: peak"))!;
    expect(peak[1]).toBe("41 MB = 4.10× (sampled)");
    expect(peak[3]).toBe(false);
    expect(status("Upload: memory given back on Remove")).toBe(false);
  });

  it("the tables name each control, and the whole read lists the scripts it adds to the load", () => {
    const table: string = interactionTable(results.interaction);
    expect(table).toMatch(/^slider lngBcmPerMt\s+100\s+100\s+180\s+100 180\s+met$/m);
    expect(table).toMatch(/^floor: a click on text \(no handler\)\s.*\(floor\)$/m);
    const read: string = wholeReadTable(results.js);
    expect(read).toMatch(/^upload\.js\s+9\.6\s+25\.4$/m);
    expect(read).not.toMatch(/^a\.js/m);
  });
});
