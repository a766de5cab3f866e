import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import { SUPPORT_FILES } from "@/lib/data/registry";
import { datasetFile, DATASETS } from "@/lib/data/datasets";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR, shippedFiles, TIDY_HEADER } from "../support/data";

describe("the shipped data/ folder", () => {
  let bundle: DataBundle;
  const files = shippedFiles();
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
  });

  it("holds exactly the support files and one file per declared dataset", () => {
    const expected = [...SUPPORT_FILES, ...DATASETS.map((d) => datasetFile(d.name))].sort();
    expect(Object.keys(files).sort()).toEqual(expected);
    expect(bundle.reports.map((r) => r.file).sort()).toEqual(expected);
  });

  // Assumes no shipped field spans lines (none does today), so every non-blank line after the
  // header is one record: the count comes from the text, independently of the CSV reader.
  it.each(Object.keys(shippedFiles()).sort())(
    "%s validates with zero errors, every line a valid row",
    (file) => {
      const report = bundle.reports.find((r) => r.file === file)!;
      const lines = files[file]!.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "");
      expect(report.errors).toEqual([]);
      expect(report.valid + report.rejected).toBe(report.rows);
      expect(report.rejected).toBe(0);
      expect(report.rows).toBe(lines.length - 1);
    },
  );

  it("cites only sources that sources.csv lists", () => {
    const ids = new Set(bundle.sources.map((s) => s.id));
    const cited = [
      ...Object.values(bundle.datasets)
        .flat()
        .map((o) => o.sourceId),
      ...bundle.factors.map((f) => f.sourceId),
      ...bundle.events.map((e) => e.sourceId),
    ];
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("states the four article claims the dashboard is built on", () => {
    expect(bundle.datasets.article.map((o) => [o.period.label, o.series, o.value, o.unit])).toEqual(
      [
        ["2023", "crude_exports_russia_to_china", 2.14, "mb/d"],
        ["2023", "savings_discounted_russian_oil", 4.34, "USD bn"],
        ["2023", "gas_imports_from_russia", 33.7, "bcm"],
        ["2023", "gas_imports_growth", 40, "%"],
      ],
    );
  });
});

describe("buildBundle", () => {
  const SOURCES = "id,publisher,via,title,date,url,quote\ns,Pub,,,,,Q.\n";

  it("reports every absent file as missing_file and gives empty datasets", () => {
    const bundle = buildBundle({});
    expect(bundle.reports).toHaveLength(SUPPORT_FILES.length + DATASETS.length);
    for (const r of bundle.reports) {
      expect(r).toMatchObject({ rows: 0, valid: 0, rejected: 0 });
      expect(r.errors.map((e) => [e.row, e.code])).toEqual([[0, "missing_file"]]);
    }
    expect(bundle.datasets.article).toEqual([]);
    expect(bundle.sources).toEqual([]);
  });

  it("checks every dataset's source ids against sources.csv", () => {
    const bundle = buildBundle({
      "sources.csv": SOURCES,
      "article.csv": `${TIDY_HEADER}\n2023,gas_imports_from_russia,33.7,bcm,reported,s,\n2023,gas_imports_growth,40,%,reported,t,\n`,
    });
    const report = bundle.reports.find((r) => r.file === "article.csv")!;
    expect(report).toMatchObject({ dataset: "article", rows: 2, valid: 1, rejected: 1 });
    expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "source_id", "unknown_source"],
    ]);
    expect(bundle.datasets.article.map((o) => o.series)).toEqual(["gas_imports_from_russia"]);
  });

  it("treats the id of a rejected source as unknown to the other files", () => {
    // Row 3 of sources.csv has no quote, so source t is rejected and the event citing it too.
    const bundle = buildBundle({
      "sources.csv": `${SOURCES}t,Pub,,,,,\n`,
      "events.csv": "date,label,detail,source_id\n2022-02,A,,s\n2022-03,B,,t\n",
    });
    expect(bundle.sources.map((s) => s.id)).toEqual(["s"]);
    const events = bundle.reports.find((r) => r.file === "events.csv")!;
    expect(events.errors.map((e) => [e.row, e.code])).toEqual([[3, "unknown_source"]]);
  });
});

describe("loadBundle", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bundle-test-"));
    writeFileSync(path.join(dir, "sources.csv"), Buffer.from([0x69, 0x64, 0x00, 0x0a]));
    // Not UTF-8, and a run of upper-half bytes (Cyrillic in a code page): not read as Windows-1252.
    writeFileSync(path.join(dir, "article.csv"), Buffer.from([0x70, 0xd0, 0xee, 0xf1, 0x0a]));
    writeFileSync(path.join(dir, "notes.txt"), "not a CSV");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says why a file it could not decode is unreadable instead of calling it missing", async () => {
    const bundle = await loadBundle(dir);
    const codes = (file: string) =>
      bundle.reports.find((r) => r.file === file)!.errors.map((e) => [e.row, e.code]);
    expect(codes("sources.csv")).toEqual([[0, "unreadable_file"]]);
    expect(codes("article.csv")).toEqual([[0, "unreadable_file"]]);
    expect(codes("gas_china.csv")).toEqual([[0, "missing_file"]]);
  });

  it("rejects a directory that does not exist", async () => {
    await expect(loadBundle(path.join(dir, "no-such-dir"))).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
