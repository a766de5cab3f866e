// The 2024–2025 figures of the 2025 reference research in data/, row by row, and the gaps that must
// stay gaps. Values typed here from the reference CSVs; mb/d derived by hand: Mt × 7.3 ÷ days.
import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { DATASETS } from "@/lib/data/datasets";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

let bundle: DataBundle;
beforeAll(async () => {
  bundle = await loadBundle(DATA_DIR);
});

type Row = [
  dataset: string,
  period: string,
  series: string,
  unit: string,
  value: number,
  basis: string,
];

const ROWS: Row[] = [
  ["gas_china", "2025", "power_of_siberia", "bcm", 38.8, "reported"],
  ["gas_china", "2024", "lng", "Mt", 8.3, "reported"],
  ["gas_china", "2025", "lng", "Mt", 9.8, "reported"],
  ["gas_china", "2025-12", "lng_monthly", "Mt", 1.9, "reported"],
  ["gas_china", "2025", "russia_gas_total", "bcm", 52.1, "derived"],
  ["gas_europe", "2025", "reuters_pipeline_europe", "bcm", 18, "reported"],
  ["gas_europe", "2024", "tass_pipeline_europe", "bcm", 32.1, "reported"],
  ["gas_europe", "2025", "turkstream_europe", "bcm", 18, "reported"],
  ["crude_annual", "2025", "china_total", "Mt", 577.73, "reported"],
  ["crude_annual", "2025", "china_total", "mb/d", 11.55, "reported"],
  ["crude_monthly", "2025-01/10", "russia_ytd", "Mt", 83.15, "reported"],
  ["crude_monthly", "2025-01/10", "russia_ytd", "mb/d", 2, "reported"],
  ["crude_monthly", "2025-01/09", "russia_ytd", "Mt", 74.04, "reported"],
  // 74.04 × 7.3 / 273 = 1.9798
  ["crude_monthly", "2025-01/09", "russia_ytd", "mb/d", 1.98, "derived"],
  ["crude_monthly", "2025-01/07", "russia_ytd", "Mt", 57.71, "reported"],
  // 57.71 × 7.3 / 212 = 1.9872 (the page's own 2.85 is in the ledger, flagged)
  ["crude_monthly", "2025-01/07", "russia_ytd", "mb/d", 1.99, "derived"],
  ["crude_monthly", "2025-01/03", "russia_ytd", "Mt", 24.315, "reported"],
  // 24.315 × 7.3 / 90 = 1.9722
  ["crude_monthly", "2025-01/03", "russia_ytd", "mb/d", 1.97, "derived"],
  ["crude_monthly", "2025-03", "russia", "Mt", 8.85, "reported"],
  // 8.85 × 7.3 / 31 = 2.0840
  ["crude_monthly", "2025-03", "russia", "mb/d", 2.08, "derived"],
  ["crude_monthly", "2025-07", "russia", "mb/d", 2.05, "reported"],
  ["crude_monthly", "2025-09", "russia", "Mt", 8.287, "reported"],
  // 8.287 × 7.3 / 30 = 2.0165
  ["crude_monthly", "2025-09", "russia", "mb/d", 2.02, "derived"],
  ["crude_monthly", "2024-01/05", "russia_ytd", "Mt", 46.7, "reported"],
  // 46.7 × 7.3 / 152 (leap February) = 2.2428
  ["crude_monthly", "2024-01/05", "russia_ytd", "mb/d", 2.24, "derived"],
  ["crude_monthly", "2025-10", "russia_seaborne", "mb/d", 1.4, "reported"],
  ["crude_monthly", "2025-10", "russia_pipeline", "mb/d", 0.9, "reported"],
  ["savings", "2025-01/10", "import_bill_russian_crude", "USD bn", 42.06, "reported"],
  ["savings", "2024-01/10", "import_bill_russian_crude", "USD bn", 52.84, "reported"],
  ["savings", "2025-03", "import_bill_russian_crude", "USD bn", 4.6, "reported"],
  ["prices", "2025", "urals_price", "USD/bbl", 57.65, "reported"],
  // 57.65 / 0.85 = 67.82
  ["prices", "2024", "urals_price", "USD/bbl", 67.8, "derived"],
  ["prices", "2025-12", "urals_price", "USD/bbl", 39.18, "reported"],
  ["prices", "2025-12", "urals_price_minecon", "USD/bbl", 39.1, "reported"],
  ["prices", "2025", "espo_vs_ice_brent_low", "USD/bbl", 1, "reported"],
  ["prices", "2025", "espo_vs_ice_brent_high", "USD/bbl", 2, "reported"],
  ["prices", "2025-10", "espo_vs_ice_brent_spot", "USD/bbl", -0.5, "reported"],
  ["prices", "2025-11", "urals_discount_pct", "%", 23, "reported"],
];

describe("data/ through 2025", () => {
  it.each(ROWS)("%s %s %s (%s) is %d, %s", (dataset, period, series, unit, value, basis) => {
    const rows = bundle.datasets[dataset as keyof DataBundle["datasets"]].filter(
      (o) => o.period.label === period && o.series === series && o.unit === unit,
    );
    expect(rows.map((o) => [o.value, o.basis])).toEqual([[value, basis]]);
  });

  it("has no full-year 2025 row of Russian crude to China in any dataset: no source states it", () => {
    const russian = (series: string) => series.startsWith("russia") && series !== "russia_share";
    const fullYear2025 = [
      ...bundle.datasets.crude_annual,
      ...bundle.datasets.crude_monthly,
      ...bundle.datasets.article,
    ].filter((o) => russian(o.series) && o.period.label === "2025");
    expect(fullYear2025.map((o) => [o.dataset, o.series, o.valueText])).toEqual([]);
  });

  it("ends Russian crude customs data at January–October 2025: no period of 2025 after October", () => {
    const late = bundle.datasets.crude_monthly.filter(
      (o) => (o.series === "russia" || o.series === "russia_ytd") && o.period.end > "2025-10",
    );
    expect(late.map((o) => o.period.label)).toEqual([]);
  });

  it("says in the prices title what the data covers, not just 2023", () => {
    const prices = DATASETS.find((d) => d.name === "prices")!;
    expect(prices.title).toContain("2023–2026");
  });
});
