// The same-period rule (issue 10, kind 1): a metric takes every input for the period of the claim
// it explains; another period's input may stand in only with a flag that every export carries.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildBundle } from "@/lib/data/bundle";
import { metricsCsv } from "@/lib/export/tables";
import type { MetricId } from "@/lib/metrics/ids";
import { computeMetrics } from "@/lib/metrics/registry";
import { applyEdits, shippedFiles } from "../support/data";
import { byId } from "./helpers";

const SHIPPED = shippedFiles();
const noJanSepVolumes = applyEdits(SHIPPED, [
  ["crude_annual.csv", "2023-01/09,russia_seaborne,", null],
  ["crude_annual.csv", "2023-01/09,russia_pipeline,", null],
]);
const noJanSepBill = applyEdits(SHIPPED, [["savings.csv", "2023-01/09,import_bill_", null]]);

/** The `flags` cell of metrics.csv for `id`. */
function csvFlags(csv: string, id: MetricId): string {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return rows.find((r) => r.id === id)!.flags!;
}

describe("the savings metrics without the estimate's own January–September volumes", () => {
  const metrics = computeMetrics(buildBundle(noJanSepVolumes));
  const m = byId(metrics);
  const csv = metricsCsv(metrics);

  it.each([
    {
      // 4340 / (2.14 × 273) = 4340 / 584.22; the rounding of 2.14: 4340 / (2.145 × 273) and
      // 4340 / (2.135 × 273)
      id: "savings_implied_discount_total_usd_per_bbl" as const,
      flag: "annual 2023 volume used for 2023-01/09",
      expected: [7.4287, 7.4114, 7.4461],
    },
    {
      // 67 Mt × 7.3 / 365 = 1.34 mb/d: 4340 / (1.34 × 273) = 4340 / 365.82; at 7.45 bbl/t
      // 4340 / 373.3369; at 7.22 bbl/t 4340 / 361.811
      id: "savings_implied_discount_seaborne_usd_per_bbl" as const,
      flag: "annual 2023 seaborne volume used for 2023-01/09",
      expected: [11.8638, 11.6249, 11.9952],
    },
    {
      // the implied discount on the same annual 2.14 mb/d gives the 4.34 back; 2.135 and 2.145:
      // 4.34 × 2.135 / 2.14 and 4.34 × 2.145 / 2.14
      id: "savings_at_scenario_discount_usd_bn" as const,
      flag: "annual 2023 volume used for 2023-01/09",
      expected: [4.34, 4.3299, 4.3501],
    },
  ])("$id falls back to the annual volume, flagged “$flag”", ({ id, flag, expected }) => {
    const metric = m.get(id)!;
    const [value, low, high] = expected as [number, number, number];
    expect(metric.value).toBeCloseTo(value, 3);
    expect(metric.low).toBeCloseTo(low, 3);
    expect(metric.high).toBeCloseTo(high, 3);
    expect(metric.flags).toEqual([flag]);
    expect(metric.formula).toContain(`[fallback: ${flag}]`);
    expect(csvFlags(csv, id)).toBe(flag);
    expect(metric.inputs.map((i) => i.period)).toContain("2023");
  });

  it("leaves the share of the bill unflagged: its inputs are still of the estimate's months", () => {
    expect(m.get("savings_share_of_import_bill_pct")!.flags).toEqual([]);
    expect(csvFlags(csv, "savings_share_of_import_bill_pct")).toBe("");
  });
});

describe("the savings share without the January–September import bill", () => {
  const metrics = computeMetrics(buildBundle(noJanSepBill));
  const share = byId(metrics).get("savings_share_of_import_bill_pct")!;
  const flag =
    "annual 2023 bill used for 2023-01/09: 9 months of savings over 12 months of imports";

  it("falls back to the annual bill: 4.34 / 60.6 × 100 = 7.16% (4.335 / 60.65 to 4.345 / 60.55)", () => {
    expect(share.value).toBeCloseTo(7.1617, 3);
    expect(share.low).toBeCloseTo(7.1476, 3);
    expect(share.high).toBeCloseTo(7.1759, 3);
  });

  it("says so in its flags, its formula and the CSV's flags column", () => {
    expect(share.flags).toEqual([flag]);
    expect(share.formula).toContain(`[fallback: ${flag}]`);
    expect(csvFlags(metricsCsv(metrics), "savings_share_of_import_bill_pct")).toBe(flag);
  });

  it("takes the bill of 2023, not of another year's January–September", () => {
    expect(share.inputs.map((i) => [i.period, i.valueText])).toEqual([
      ["2023-01/09", "4.34"],
      ["2023", "60.6"],
    ]);
  });

  it("is null, not a guess, with neither bill", () => {
    const files = applyEdits(noJanSepBill, [["savings.csv", "2023,import_bill_", null]]);
    const m = byId(computeMetrics(buildBundle(files))).get("savings_share_of_import_bill_pct")!;
    expect(m).toMatchObject({ value: null, flags: [] });
  });
});

describe("the shipped data, where every savings input is of the estimate's months", () => {
  it("writes an empty flags cell for every savings metric", () => {
    const csv = metricsCsv(computeMetrics(buildBundle(SHIPPED)));
    for (const id of [
      "savings_implied_discount_total_usd_per_bbl",
      "savings_implied_discount_seaborne_usd_per_bbl",
      "savings_at_scenario_discount_usd_bn",
      "savings_share_of_import_bill_pct",
    ] as const)
      expect(csvFlags(csv, id), id).toBe("");
  });
});
