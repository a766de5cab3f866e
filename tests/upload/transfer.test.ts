import { describe, expect, it } from "vitest";
import { packRows, unpackRows } from "@/lib/upload/pack";
import { joinBundle, splitBundle, unpackPart } from "@/lib/upload/transfer";
import { bundleWith, obs, source } from "./rows";

describe("packRows / unpackRows", () => {
  it("stores each column's distinct values once and gives the rows back equal", () => {
    const rows = [
      obs("2023", "russia", "1", "Mt"),
      obs("2023", "russia", "2", "Mt"),
      obs("2024", "saudi_arabia", "1", "Mt", { origin: "reader" }),
    ];
    const packed = packRows(rows);
    const column = (key: string) => packed.columns.find((c) => c.key === key)!;
    expect(column("series").values).toEqual(["russia", "saudi_arabia"]);
    expect([...column("series").index]).toEqual([0, 0, 1]);
    expect(column("period").values).toHaveLength(2);
    expect(unpackRows(packed)).toEqual(rows);
  });

  it("leaves a key out of a row that had none (not `key: undefined`)", () => {
    const [row] = unpackRows<Record<string, unknown>>(packRows([{ a: 1 }, { a: 2, b: 3 }]));
    expect(Object.keys(row!)).toEqual(["a"]);
  });

  it("survives a structured clone (what postMessage does)", () => {
    const rows = [obs("2023-01/09", "russia", "0.5", "mb/d", { note: 'a "quoted", note' })];
    expect(unpackRows(structuredClone(packRows(rows)))).toEqual(rows);
  });

  it("packs no rows", () => {
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});

describe("splitBundle / joinBundle", () => {
  const crude = Array.from({ length: 12 }, (_, i) =>
    obs(String(2000 + i), "russia", String(i), "Mt"),
  );
  const bundle = bundleWith({ crude, sources: [source("s"), source("t"), source("u")] });

  it("splits every array longer than the part size, in order, and joins it back equal", () => {
    const { shell, parts } = splitBundle(bundle, 5);
    expect(shell.datasets.crude_annual).toEqual([]);
    expect(shell.sources).toHaveLength(3);
    expect(parts.map((p) => [p.key, p.rows.count])).toEqual([
      ["datasets.crude_annual", 5],
      ["datasets.crude_annual", 5],
      ["datasets.crude_annual", 2],
    ]);
    expect(joinBundle(shell, parts.map(unpackPart))).toEqual(bundle);
  });

  it("sends a small bundle whole", () => {
    const { shell, parts } = splitBundle(bundle, 100);
    expect(parts).toEqual([]);
    expect(joinBundle(shell, [])).toEqual(bundle);
  });
});
