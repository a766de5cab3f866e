import { describe, expect, it } from "vitest";
import { computeChecks, roundingTolerance } from "@/lib/checks/registry";
import type { Check } from "@/lib/checks/types";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import type { Scenario } from "@/lib/metrics/types";
import { applyEdits, shippedFiles, withoutFile, type Files, type LineEdit } from "../support/data";

const SHIPPED = shippedFiles();

function checksFor(files: Files, scenario: Scenario = {}): Check[] {
  const bundle = buildBundle(files);
  // An edit that made a row invalid would test a missing row instead of the edited value.
  const invalid = bundle.reports.flatMap((r) => r.errors).filter((e) => e.code !== "missing_file");
  expect(invalid).toEqual([]);
  return computeChecks(bundle, computeMetrics(bundle, scenario), scenario);
}
const find = (checks: Check[], id: string) => checks.find((c) => c.id === id);

describe("roundingTolerance", () => {
  it.each([
    { input: "2.14", expected: 0.005, why: "two decimals: half of 0.01" },
    { input: "33.7", expected: 0.05, why: "one decimal: half of 0.1" },
    { input: "107.02", expected: 0.005, why: "two decimals" },
    { input: "40", expected: 0.5, why: "a whole number: half of 1" },
    { input: "8.0", expected: 0.05, why: "a written trailing zero counts" },
  ])("allows $expected for $input ($why)", ({ input, expected }) => {
    expect(roundingTolerance(input)).toBeCloseTo(expected, 12);
  });
});

describe("computeChecks on the shipped data", () => {
  const checks = checksFor(SHIPPED);

  it.each([
    // 107.02 × 7.3 / 365 = 2.1404 mb/d; |2.1404 − 2.14| = 0.0004 ≤ 0.005
    { id: "oil_tonnes_vs_mbd", status: "pass" },
    // 107.02 Mt in 2023; highest earlier year 86.25 Mt (2022)
    { id: "oil_record", status: "pass" },
    // 33.7 within 33.21–33.77 (± 0.05)
    { id: "gas_parts_vs_article", status: "pass" },
    // growth 38.69–38.98%: below 40, at least 37.5
    { id: "gas_growth_vs_nearly_40", status: "pass" },
    // article "2023" (12 months) against the estimate's 2023-01/09 (9 months)
    { id: "savings_period", status: "warn" },
    // 107.02 / 563.99 × 100 = 18.98 against "approximately 19": |18.98 − 19| ≤ 0.5
    { id: "russia_share_vs_reported", status: "pass" },
  ])("$id is $status", ({ id, status }) => {
    expect(find(checks, id)?.status).toBe(status);
  });

  it("runs the six checks in order", () => {
    expect(checks.map((c) => c.id)).toEqual([
      "oil_tonnes_vs_mbd",
      "oil_record",
      "gas_parts_vs_article",
      "gas_growth_vs_nearly_40",
      "savings_period",
      "russia_share_vs_reported",
    ]);
  });

  it.each([
    {
      id: "oil_tonnes_vs_mbd",
      text: "107.02 Mt × 7.3 / 365 = 2.140 mb/d against the article's 2.14",
    },
    { id: "oil_record", text: "highest before: 2022, 86.25 Mt" },
    { id: "gas_parts_vs_article", text: "33.61 bcm (33.21–33.77" },
    { id: "gas_growth_vs_nearly_40", text: "38.8% (38.7–39.0%)" },
    { id: "savings_period", text: "(2023, 12 months)" },
    { id: "savings_period", text: "covers 2023-01/09 (9 months)" },
    { id: "russia_share_vs_reported", text: "Computed 19.0%" },
  ])("$id states the numbers it compared: “$text”", ({ id, text }) => {
    expect(find(checks, id)?.reason).toContain(text);
  });

  it("ties every check but the share check to an article claim", () => {
    expect(checks.map((c) => [c.id, c.claim])).toEqual([
      ["oil_tonnes_vs_mbd", "crude_exports_russia_to_china"],
      ["oil_record", "crude_exports_russia_to_china"],
      ["gas_parts_vs_article", "gas_imports_from_russia"],
      ["gas_growth_vs_nearly_40", "gas_imports_growth"],
      ["savings_period", "savings_discounted_russian_oil"],
      ["russia_share_vs_reported", ""],
    ]);
  });
});

const OIL = "2023,crude_exports_russia_to_china,";
const GAS = "2023,gas_imports_from_russia,";
const oilClaim = (v: string): LineEdit => [
  "article.csv",
  OIL,
  `${OIL}${v},mb/d,reported,article-oil,`,
];
const gasClaim = (v: string): LineEdit => [
  "article.csv",
  GAS,
  `${GAS}${v},bcm,reported,article-gas,`,
];

describe("computeChecks on modified data", () => {
  const cases: {
    description: string;
    edits?: LineEdit[];
    scenario?: Scenario;
    id: string;
    status: Check["status"];
  }[] = [
    {
      description:
        "oil_tonnes_vs_mbd warns for 2.17 mb/d: ≠ 2.140 but inside 107.02 × 7.22..7.45 / 365 = 2.117–2.184",
      edits: [oilClaim("2.17")],
      id: "oil_tonnes_vs_mbd",
      status: "warn",
    },
    {
      description: "oil_tonnes_vs_mbd fails for 2.30 mb/d: above 2.184 + 0.005",
      edits: [oilClaim("2.30")],
      id: "oil_tonnes_vs_mbd",
      status: "fail",
    },
    {
      description: "oil_tonnes_vs_mbd fails for 2.10 mb/d: below 2.117 − 0.005",
      edits: [oilClaim("2.10")],
      id: "oil_tonnes_vs_mbd",
      status: "fail",
    },
    {
      description: "oil_tonnes_vs_mbd warns when there is no 2023 tonnage to convert",
      edits: [["crude_annual.csv", "2023,russia,107.02,Mt", null]],
      id: "oil_tonnes_vs_mbd",
      status: "warn",
    },
    {
      description: "oil_record fails when 2022 (110 Mt) is above 2023 (107.02 Mt)",
      edits: [
        [
          "crude_annual.csv",
          "2022,russia,86.25,Mt",
          "2022,russia,110,Mt,reported,allthingsnewz-russia-crude-2022,",
        ],
      ],
      id: "oil_record",
      status: "fail",
    },
    {
      description: "oil_record fails when an earlier year equals 2023 (a tie is no record)",
      edits: [
        [
          "crude_annual.csv",
          "2014,russia,33.1,Mt",
          "2014,russia,107.02,Mt,reported,moscowtimes-russia-crude-2014-mt,",
        ],
      ],
      id: "oil_record",
      status: "fail",
    },
    {
      description: "oil_record compares mb/d when 2023 has no tonnage (2.14 above 1.72 in 2022)",
      edits: [["crude_annual.csv", "2023,russia,107.02,Mt", null]],
      id: "oil_record",
      status: "pass",
    },
    {
      description: "oil_record warns when the claimed year (2025) has no figure",
      edits: [
        ["article.csv", OIL, `2025,crude_exports_russia_to_china,2.14,mb/d,reported,article-oil,`],
      ],
      id: "oil_record",
      status: "warn",
    },
    {
      description:
        "gas_parts_vs_article warns for 35 bcm: outside 33.16–33.82 but |35 − 33.61| / 35 = 4.0% ≤ 5%",
      edits: [gasClaim("35")],
      id: "gas_parts_vs_article",
      status: "warn",
    },
    {
      description: "gas_parts_vs_article fails for 40 bcm: |40 − 33.61| / 40 = 16% off",
      edits: [gasClaim("40")],
      id: "gas_parts_vs_article",
      status: "fail",
    },
    {
      description: "gas_parts_vs_article warns when the 2023 LNG row is missing",
      edits: [["gas_china.csv", "2023,lng,", null]],
      id: "gas_parts_vs_article",
      status: "warn",
    },
    {
      description:
        "gas_growth_vs_nearly_40 warns when the parts grew above 40%: 2022 pipeline 14 gives (33.61 / 22.82 − 1) × 100 = 47.3%",
      edits: [
        [
          "gas_china.csv",
          "2022,power_of_siberia,",
          "2022,power_of_siberia,14,bcm,reported,tass-power-of-siberia-2022,",
        ],
      ],
      id: "gas_growth_vs_nearly_40",
      status: "warn",
    },
    {
      description:
        "gas_growth_vs_nearly_40 fails when the whole range is below 37.5%: 2022 pipeline 17 gives 30.1–30.3%",
      edits: [
        [
          "gas_china.csv",
          "2022,power_of_siberia,",
          "2022,power_of_siberia,17,bcm,reported,tass-power-of-siberia-2022,",
        ],
      ],
      id: "gas_growth_vs_nearly_40",
      status: "fail",
    },
    {
      description:
        "gas_growth_vs_nearly_40 warns when “nearly” is read as at least 38.8%: 38.69 < 38.8 ≤ 38.98",
      scenario: { nearlyFortyLowPct: 38.8 },
      id: "gas_growth_vs_nearly_40",
      status: "warn",
    },
    {
      description:
        "gas_growth_vs_nearly_40 fails when “nearly” is read as at least 39%: 38.98 < 39",
      scenario: { nearlyFortyLowPct: 39 },
      id: "gas_growth_vs_nearly_40",
      status: "fail",
    },
    {
      description: "gas_growth_vs_nearly_40 warns when 2022 has no LNG figure to grow from",
      edits: [["gas_china.csv", "2022,lng,", null]],
      id: "gas_growth_vs_nearly_40",
      status: "warn",
    },
    {
      description: "savings_period passes when the estimate covers the whole of 2023",
      edits: [
        [
          "savings.csv",
          "2023-01/09,russian_crude_savings,",
          "2023,russian_crude_savings,4.34,USD bn,estimate,sinodefenceforum-savings-2023,x",
        ],
      ],
      id: "savings_period",
      status: "pass",
    },
    {
      description: "savings_period warns when no estimate matches the article's 5 USD bn",
      edits: [
        [
          "article.csv",
          "2023,savings_discounted_russian_oil,",
          "2023,savings_discounted_russian_oil,5,USD bn,reported,article-oil,",
        ],
      ],
      id: "savings_period",
      status: "warn",
    },
    {
      description: "russia_share_vs_reported warns against a reported 21%: |18.98 − 21| > 0.5",
      edits: [
        [
          "crude_annual.csv",
          "2023,russia_share,",
          "2023,russia_share,21,%,reported,chinascope-russia-share-2023,",
        ],
      ],
      id: "russia_share_vs_reported",
      status: "warn",
    },
  ];

  it.each(cases)("$description", ({ edits = [], scenario, id, status }) => {
    const check = find(checksFor(applyEdits(SHIPPED, edits), scenario), id);
    expect(check?.status).toBe(status);
    expect(check?.reason).not.toBe("");
  });

  it.each([
    {
      description: "leaves out every claim check when article.csv is absent",
      files: withoutFile(SHIPPED, "article.csv"),
      ids: ["russia_share_vs_reported"],
    },
    {
      description: "leaves out the share check when 2023's share is not a reported figure",
      files: applyEdits(SHIPPED, [
        [
          "crude_annual.csv",
          "2023,russia_share,",
          "2023,russia_share,19,%,derived,chinascope-russia-share-2023,107.02 / 563.99",
        ],
      ]),
      ids: [
        "oil_tonnes_vs_mbd",
        "oil_record",
        "gas_parts_vs_article",
        "gas_growth_vs_nearly_40",
        "savings_period",
      ],
    },
  ])("$description", ({ files, ids }) => {
    expect(checksFor(files).map((c) => c.id)).toEqual(ids);
  });
});
