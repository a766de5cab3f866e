// The reader's data shown as the reader's (issue 10, kind 6): a value from an upload never
// carries a published source's id or quote, in a metric's inputs or on a headline tile.
import { describe, expect, it } from "vitest";
import { computeChecks } from "@/lib/checks/registry";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import type { DatasetName } from "@/lib/data/datasets";
import { computeMetrics } from "@/lib/metrics/registry";
import { buildHeadlines } from "@/lib/panels/headlines";
import { shippedFiles } from "../support/data";
import { byId } from "./helpers";

/** The shipped bundle with every row of `names` marked as the reader's, as an upload marks them. */
function asReaders(bundle: DataBundle, names: DatasetName[]): DataBundle {
  const datasets = { ...bundle.datasets };
  for (const n of names)
    datasets[n] = datasets[n].map((o) => ({ ...o, origin: "reader" as const }));
  return { ...bundle, datasets };
}

const bundle = asReaders(buildBundle(shippedFiles()), ["article", "crude_annual"]);
const metrics = computeMetrics(bundle);
const headlines = buildHeadlines(bundle, computeChecks(bundle, metrics), metrics);

describe("a headline tile of the reader's claim", () => {
  const oil = headlines.find((h) => h.id === "crude_exports_russia_to_china")!;

  it("says the figure is the reader's and quotes no article sentence for it", () => {
    expect(oil.origin).toBe("reader");
    expect(oil.sentence).toBe("");
    expect(oil.display).toBe("2.14 mb/d");
  });

  it("lists the reader's evidence rows with no source, marked “your data”", () => {
    expect(oil.evidence.length).toBe(2); // 107.02 Mt and 2.14 mb/d of 2023
    for (const e of oil.evidence) {
      expect(e.origin).toBe("reader");
      expect(e.source).toBeNull();
      expect(e.text).toContain("your data");
    }
    expect(oil.evidence.map((e) => e.text)).toContain("From Russia, 2023: 107.02 Mt (your data)");
  });

  it("keeps the published source and its quote on a tile whose rows are published", () => {
    const gasBundle = asReaders(buildBundle(shippedFiles()), ["crude_annual"]);
    const m = computeMetrics(gasBundle);
    const gas = buildHeadlines(gasBundle, computeChecks(gasBundle, m), m).find(
      (h) => h.id === "gas_imports_from_russia",
    )!;
    expect(gas.origin).toBe("published");
    expect(gas.sentence).not.toBe("");
    expect(gas.evidence.every((e) => e.origin === "published" && e.source !== null)).toBe(true);
  });
});

describe("a metric's inputs from the reader's rows", () => {
  const m = byId(metrics);

  it("marks the reader's 2.14 mb/d as the reader's, with no source id and “your” file", () => {
    expect(m.get("crude_barrels_per_year")!.inputs).toEqual([
      {
        label: "From Russia, 2023",
        value: 2.14,
        valueText: "2.14",
        unit: "mb/d",
        ref: "your crude_annual.csv, row 18",
        sourceId: "",
        period: "2023",
        origin: "reader",
      },
    ]);
  });

  it("keeps a published row beside it published, with its source id", () => {
    const inputs = m.get("gas_total_from_parts_bcm")!.inputs;
    expect(inputs[0]).toMatchObject({
      origin: "published",
      sourceId: "tass-power-of-siberia-2023",
    });
  });

  it("gives no reader input a source id, in any metric", () => {
    const readers = metrics.flatMap((x) => x.inputs).filter((i) => i.origin === "reader");
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((i) => i.sourceId !== "")).toEqual([]);
  });
});
