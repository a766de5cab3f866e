// Downloads carry their vintage: the saved file names the last month it covers and the date its
// figures were checked, and a file so named goes back into the upload under its dataset.
import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle, type DataBundle } from "@/lib/data/bundle";
import { vintageFileName } from "@/lib/data/coverage";
import { savedFileName } from "@/lib/export/files";
import { panelCsvFileName } from "@/lib/export/panel-csv";
import { loadSite } from "@/lib/server/site";
import type { PanelRow } from "@/lib/panels/rows";
import { datasetsForRows } from "@/lib/publish/panel-datasets";
import { nameFromFile } from "@/lib/upload/detect";
import { shippedFiles } from "../support/data";

const row = (period: string, sourceId = "s1"): PanelRow => ({
  period,
  series: "russia",
  seriesLabel: "From Russia",
  value: 1,
  valueText: "1",
  unit: "Mt",
  basis: "reported",
  sourceId,
  note: "",
  origin: "published",
});

describe("vintageFileName(base, coverageEnd, lastChecked)", () => {
  it.each([
    [
      "crude_annual",
      "2025-12",
      "2026-11-30",
      "crude_annual_through-2025-12_checked-2026-11-30.csv",
    ],
    ["savings", null, "2026-11-30", "savings_checked-2026-11-30.csv"],
  ])("%s through %s checked %s is saved as %s", (base, end, checked, expected) => {
    expect(vintageFileName(base, end, checked)).toBe(expected);
  });
});

describe("nameFromFile strips the vintage a download's name carries", () => {
  it.each([
    ["crude_annual_through-2025-12_checked-2026-11-30.csv", "crude_annual"],
    ["crude_annual_through-2025-12_checked-2026-11-30 (1).csv", "crude_annual"],
    ["gas_china_checked-2026-11-30.csv", "gas_china"],
    // Not a vintage: a date elsewhere in the name stays.
    ["prices_2025-10.csv", "prices_2025_10"],
  ])("%s names %s", (file, expected) => {
    expect(nameFromFile(file)).toBe(expected);
  });
});

describe("panelCsvFileName(fileBase, rows, lastChecked)", () => {
  it("names the last month any row covers and the latest checked date", () => {
    // 2024 ends 2024-12; January–October 2025 ends 2025-10; 2023-06 ends earlier.
    const rows = [row("2024"), row("2025-01/10"), row("2023-06")];
    expect(panelCsvFileName("oil-annual", rows, ["2026-11-01", "2026-11-30"])).toBe(
      "oil-annual_through-2025-10_checked-2026-11-30.csv",
    );
  });

  it("leaves out what it does not know: no rows, no checked date", () => {
    expect(panelCsvFileName("gas", [], [])).toBe("gas.csv");
    expect(panelCsvFileName("gas", [row("2019")], [])).toBe("gas_through-2019-12.csv");
  });
});

describe("datasetsForRows on the shipped data", () => {
  let bundle: DataBundle;
  beforeAll(() => {
    bundle = buildBundle(shippedFiles());
  });

  it("names each full-dataset download with its coverage end and checked date", () => {
    // A source crude_annual cites: the first crude_annual row's.
    const cited = bundle.datasets.crude_annual[0]!.sourceId;
    const link = datasetsForRows([row("2023", cited)], bundle).find(
      (d) => d.name === "crude_annual",
    )!;
    // crude_annual's latest period is 2025 (tests/data/coverage.test.ts): it ends 2025-12.
    expect([link.lastChecked, link.saveAs]).toEqual([
      "2026-11-30",
      "crude_annual_through-2025-12_checked-2026-11-30.csv",
    ]);
  });
});

describe("savedFileName(site, file): the Content-Disposition name of a served file", () => {
  it.each([
    ["crude_annual.csv", "crude_annual_through-2025-12_checked-2026-11-30.csv"],
    // prices' latest period is 2026-03 (tests/data/coverage.test.ts).
    ["prices.csv", "prices_through-2026-03_checked-2026-11-30.csv"],
    ["sources.csv", "sources.csv"],
    ["metrics.csv", "metrics.csv"],
  ])("%s is saved as %s", async (file, expected) => {
    const site = await loadSite();
    expect(savedFileName(site, file)).toBe(expected);
  });
});
