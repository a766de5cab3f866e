import { describe, expect, it } from "vitest";
import { computeChecks } from "@/lib/checks/registry";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import type { Metric } from "@/lib/metrics/types";
import { buildHeadlines } from "@/lib/panels/headlines";
import { editLine, shippedFiles } from "../support/data";

const headlinesOf = (bundle: DataBundle, metrics: Metric[] = computeMetrics(bundle)) =>
  buildHeadlines(bundle, computeChecks(bundle, metrics), metrics);

const shipped = buildBundle(shippedFiles());
const tiles = headlinesOf(shipped);
const tile = (id: string) => {
  const t = tiles.find((x) => x.id === id);
  if (!t) throw new Error(`no tile ${id}`);
  return t;
};

// The article's two sentences, as data/sources.csv quotes them.
const OIL_SENTENCE =
  "Russia’s oil exports to China surged to a record 2.14 million barrels per day last year, with China saving approximately $4.34 billion by purchasing discounted Russian oil.";
const GAS_SENTENCE =
  "Additionally, Chinese gas imports from Russia rose nearly 40% last year to 33.7 billion cubic meters.";

describe("buildHeadlines(bundle, checks, metrics) on the shipped data", () => {
  it.each([
    {
      id: "crude_exports_russia_to_china",
      display: "2.14 mb/d",
      sentence: OIL_SENTENCE,
      checks: [
        ["oil_tonnes_vs_mbd", "pass"],
        ["oil_record", "pass"],
      ],
    },
    {
      id: "savings_discounted_russian_oil",
      display: "$4.34 bn",
      sentence: OIL_SENTENCE,
      // the estimate covers January–September, the article says "last year"
      checks: [["savings_period", "warn"]],
    },
    {
      id: "gas_imports_from_russia",
      display: "33.7 bcm",
      sentence: GAS_SENTENCE,
      checks: [["gas_parts_vs_article", "pass"]],
    },
    {
      id: "gas_imports_growth",
      display: "+~40%",
      sentence: GAS_SENTENCE,
      checks: [["gas_growth_vs_nearly_40", "pass"]],
    },
  ])("shows $id as $display with its sentence and checks", ({ id, display, sentence, checks }) => {
    const t = tile(id);
    expect(t.display).toBe(display);
    expect(t.period).toBe("2023");
    expect(t.sentence).toBe(sentence);
    expect(t.checks.map((c) => [c.id, c.status])).toEqual(checks);
  });

  it("gives four tiles in the article's order", () => {
    expect(tiles.map((t) => t.id)).toEqual([
      "crude_exports_russia_to_china",
      "savings_discounted_russian_oil",
      "gas_imports_from_russia",
      "gas_imports_growth",
    ]);
  });

  it.each([
    {
      id: "crude_exports_russia_to_china",
      // 107.02 × 7.3 / 365 = 2.1404 → 2.14; × 7.22 → 2.11695 → 2.12; × 7.45 → 2.18438 → 2.18
      expected:
        "Customs tonnes give 2.14 mb/d (2.12 mb/d to 2.18 mb/d with the crude factor's range)",
    },
    {
      id: "savings_discounted_russian_oil",
      // 4340 / (2.14 × 273) = 7.4287 → 7.4; seaborne 4340 / (67 × 7.3 / 365 × 273) = 11.8638 → 11.9
      expected:
        "Implies a discount of $7.4/bbl to $11.9/bbl (over all Russian crude to seaborne only)",
    },
    {
      id: "gas_imports_from_russia",
      // 22.73 + 8.0 × 1.36 = 33.61 → 33.6; × 1.31 → 33.21 → 33.2; × 1.38 → 33.77 → 33.8
      expected: "Pipeline + LNG give 33.6 bcm (33.2 bcm to 33.8 bcm with the LNG factor's range)",
    },
    {
      id: "gas_imports_growth",
      // (33.61 / 24.2196 − 1) × 100 = 38.77 → 38.8; range 38.69–38.98
      expected: "From pipeline + LNG: 38.8% (38.7% to 39.0%)",
    },
  ])("rebuilds $id from the sources: $expected", ({ id, expected }) => {
    expect(tile(id).fromSources).toBe(expected);
  });

  it("traces the oil claim to the 2023 tonnage and rate, each with its source", () => {
    expect(
      tile("crude_exports_russia_to_china").evidence.map((e) => [e.text, e.source?.id]),
    ).toEqual([
      ["From Russia, 2023: 107.02 Mt (reported)", "asiafinancial-russia-crude-2023"],
      ["From Russia, 2023: 2.14 mb/d (reported)", "mees-russia-crude-2023"],
    ]);
  });

  it("traces the savings claim to the estimate of the same amount, whatever its period", () => {
    expect(
      tile("savings_discounted_russian_oil").evidence.map((e) => [e.text, e.source?.publisher]),
    ).toEqual([
      [
        "Savings on Russian crude (Reuters estimate), 2023-01/09: 4.34 USD bn (estimate)",
        "Sino Defence Forum",
      ],
    ]);
  });

  it("traces the gas claim to its two parts and the growth claim to none", () => {
    expect(tile("gas_imports_from_russia").evidence.map((e) => e.text)).toEqual([
      "Power of Siberia pipeline, 2023: 22.73 bcm (reported)",
      "Russian LNG to China, 2023: 8.0 Mt (reported)",
    ]);
    expect(tile("gas_imports_growth").evidence).toEqual([]);
  });
});

describe("buildHeadlines with data missing", () => {
  it("leaves out the tile of a claim article.csv does not hold", () => {
    const bundle = buildBundle(
      editLine(shippedFiles(), "article.csv", "2023,gas_imports_growth,", null),
    );
    expect(headlinesOf(bundle).map((t) => t.id)).toEqual([
      "crude_exports_russia_to_china",
      "savings_discounted_russian_oil",
      "gas_imports_from_russia",
    ]);
  });

  it("says a figure is not computable when its metric has no value", () => {
    const bundle = buildBundle(editLine(shippedFiles(), "gas_china.csv", "2023,lng,", null));
    const t = headlinesOf(bundle).find((x) => x.id === "gas_imports_from_russia");
    expect(t?.fromSources).toBe("Not computable from the data loaded.");
    expect(t?.evidence.map((e) => e.text)).toEqual([
      "Power of Siberia pipeline, 2023: 22.73 bcm (reported)",
    ]);
  });

  it("says a figure is not computable when its metric is not in the list at all", () => {
    const t = buildHeadlines(shipped, [], []).find((x) => x.id === "gas_imports_growth");
    expect(t?.fromSources).toBe("Not computable from the data loaded.");
    expect(t?.checks).toEqual([]);
  });

  it("gives an empty sentence when the claim's source is not loaded", () => {
    const t = buildHeadlines({ ...shipped, sources: [] }, [], []);
    expect(t.map((x) => x.sentence)).toEqual(["", "", "", ""]);
    expect(t[0]?.evidence.map((e) => e.source)).toEqual([null, null]);
  });
});
