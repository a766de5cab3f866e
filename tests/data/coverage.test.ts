// Coverage (first and last period) of each shipped dataset, read off the CSV files by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { coverageOf, datasetVintages } from "@/lib/data/coverage";
import { parsePeriod } from "@/lib/data/period";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

const rows = (...labels: string[]) => labels.map((l) => ({ period: parsePeriod(l)! }));

describe("coverageOf(rows)", () => {
  it("is null for no rows", () => {
    expect(coverageOf([])).toBeNull();
  });

  it("takes the earliest start and the latest end, whatever the order", () => {
    expect(coverageOf(rows("2023-06", "2019", "2025-01/10", "2024"))).toEqual({
      first: "2019",
      last: "2025-01/10",
      start: "2019-01",
      end: "2025-10",
    });
  });

  it("prefers, of periods ending together, the shorter as last (a month over its year-to-date span)", () => {
    expect(coverageOf(rows("2025-01/10", "2025-10"))?.last).toBe("2025-10");
    expect(coverageOf(rows("2025-10", "2025-01/10"))?.last).toBe("2025-10");
  });

  it("prefers, of periods starting together, the shorter as first (January over its year)", () => {
    expect(coverageOf(rows("2023", "2023-01"))?.first).toBe("2023-01");
    expect(coverageOf(rows("2023-01", "2023"))?.first).toBe("2023-01");
  });
});

describe("datasetVintages on the shipped data", () => {
  let bundle: DataBundle;
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
  });

  // [dataset, first, last]: the earliest and latest period of each file.
  const EXPECTED: [string, string, string][] = [
    ["article", "2023", "2023"],
    ["crude_annual", "2014", "2025"],
    ["crude_monthly", "2023-01/02", "2026-01/02"],
    ["gas_china", "2019", "2025-12"],
    ["gas_europe", "2015", "2026-01"],
    // Rosneft's cumulative 2022/2025 claim ends in December 2025, after January–October 2025.
    ["savings", "2022", "2022/2025"],
    ["prices", "2023-01/06", "2026-03"],
  ];

  it.each(EXPECTED)("%s covers %s to %s, last checked 2026-11-30", (dataset, first, last) => {
    const v = datasetVintages(bundle.datasets).find((x) => x.dataset === dataset)!;
    expect([v.coverage?.first, v.coverage?.last, v.lastChecked]).toEqual([
      first,
      last,
      "2026-11-30",
    ]);
  });
});
