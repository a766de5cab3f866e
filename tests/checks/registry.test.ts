import { describe, expect, it } from "vitest";
import { computeChecks } from "@/lib/checks/registry";
import { CHECK_IDS, type Check, type CheckId } from "@/lib/checks/types";
import { buildBundle } from "@/lib/data/bundle";
import { computeMetrics } from "@/lib/metrics/registry";
import type { Scenario } from "@/lib/metrics/types";
import { applyEdits, shippedFiles, TIDY_HEADER, type Files, type LineEdit } from "../support/data";

const SHIPPED = shippedFiles();

function checksFor(files: Files, scenario: Scenario = {}): Check[] {
  const bundle = buildBundle(files);
  // An edit that made a row invalid would test a missing row instead of the edited value.
  const invalid = bundle.reports.flatMap((r) => r.errors).filter((e) => e.code !== "missing_file");
  expect(invalid).toEqual([]);
  return computeChecks(bundle, computeMetrics(bundle, scenario), scenario);
}
const find = (checks: Check[], id: CheckId) => checks.find((c) => c.id === id);

describe("computeChecks on the shipped data", () => {
  const checks = checksFor(SHIPPED);

  it.each<{ id: CheckId; status: Check["status"] }>([
    // 107.02 × 7.3 / 365 = 2.1404 mb/d; |2.1404 − 2.14| = 0.0004 ≤ 0.005 (the rounding of "2.14")
    { id: "oil_tonnes_vs_mbd", status: "pass" },
    // 107.02 Mt in 2023; highest earlier whole year 86.25 Mt (2022)
    { id: "oil_record", status: "pass" },
    // parts 33.21–33.61 (LNG at 1.31–1.36); 33.7 > 33.61 + 0.05 = 33.66: outside, but
    // |33.7 − 33.61| / 33.61 = 0.27% ≤ 5%: warn, the honest answer (D13)
    { id: "gas_parts_vs_article", status: "warn" },
    // growth 38.77–38.98%: below 40, at least 37.5
    { id: "gas_growth_vs_nearly_40", status: "pass" },
    // article "2023" (12 months) against the estimate's 2023-01/09 (9 months)
    { id: "savings_period", status: "warn" },
    // 107.02 / 563.99 × 100 = 18.98 against "approximately 19": |18.98 − 19| ≤ 0.5
    { id: "russia_share_vs_reported", status: "pass" },
  ])("$id is $status", ({ id, status }) => {
    expect(find(checks, id)?.status).toBe(status);
  });

  it("runs the six checks in order", () => {
    expect(checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect([...CHECK_IDS]).toEqual([
      "oil_tonnes_vs_mbd",
      "oil_record",
      "gas_parts_vs_article",
      "gas_growth_vs_nearly_40",
      "savings_period",
      "russia_share_vs_reported",
    ]);
  });

  it.each<{ id: CheckId; text: string }>([
    {
      id: "oil_tonnes_vs_mbd",
      text: "107.02 Mt × 7.3 ÷ 365 = 2.140 mb/d against the article's 2.14",
    },
    { id: "oil_record", text: "highest before: 2022, 86.25 Mt" },
    { id: "gas_parts_vs_article", text: "33.61 bcm (33.21–33.61 with the LNG factor's range)" },
    // |33.7 − 33.61| / 33.61 × 100 = 0.27
    { id: "gas_parts_vs_article", text: "outside that range, 0.3% from its central value" },
    { id: "gas_growth_vs_nearly_40", text: "38.8% (38.8–39.0%)" },
    { id: "savings_period", text: "(2023, 12 months)" },
    { id: "savings_period", text: "covers 2023-01/09 (9 months)" },
    { id: "russia_share_vs_reported", text: "Computed 19.0%" },
  ])("$id states the numbers it compared: “$text”", ({ id, text }) => {
    expect(find(checks, id)?.reason).toContain(text);
  });

  it("gives every check a rule that says what passes and what does not", () => {
    for (const c of checks) {
      expect(c.rule, c.id).toMatch(/^Pass when/);
      expect(c.rule, c.id).toMatch(/fail|warn/);
    }
    // the share check fails beyond the project's near-miss assumption, 5% of the reported share
    expect(find(checks, "russia_share_vs_reported")!.rule).toMatch(/within 5% of it.*fail beyond/);
  });

  it("states no claimed figure in the gas rule: its range is the factor's, not the article's", () => {
    const rule = find(checks, "gas_parts_vs_article")!.rule;
    expect(rule).not.toContain("33.7");
    expect(rule).not.toMatch(/1\.37|1\.38/);
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
const pipeline2022 = (v: string): LineEdit => [
  "gas_china.csv",
  "2022,power_of_siberia,",
  `2022,power_of_siberia,${v},bcm,reported,tass-power-of-siberia-2022,`,
];

interface Case {
  description: string;
  edits?: LineEdit[];
  scenario?: Scenario;
  id: CheckId;
  status: Check["status"];
}

// One case at least that makes each check fail: a check that cannot fail checks nothing.
const FAILS: Case[] = [
  {
    description:
      "oil_tonnes_vs_mbd fails for a claimed 3.0 mb/d: far above 107.02 × 7.45 / 365 = 2.184",
    edits: [oilClaim("3.0")],
    id: "oil_tonnes_vs_mbd",
    status: "fail",
  },
  {
    description: "oil_tonnes_vs_mbd fails for 2.30 mb/d: above 2.184 + 0.005",
    edits: [oilClaim("2.30")],
    id: "oil_tonnes_vs_mbd",
    status: "fail",
  },
  {
    description: "oil_tonnes_vs_mbd fails for 2.10 mb/d: below 107.02 × 7.22 / 365 = 2.117 − 0.005",
    edits: [oilClaim("2.10")],
    id: "oil_tonnes_vs_mbd",
    status: "fail",
  },
  {
    description: "oil_record fails when an earlier year (2022, 110 Mt) is above 2023 (107.02 Mt)",
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
    description:
      "gas_parts_vs_article fails for a claimed 50 bcm: |50 − 33.61| / 33.61 = 48.8% off",
    edits: [gasClaim("50")],
    id: "gas_parts_vs_article",
    status: "fail",
  },
  {
    description:
      "gas_parts_vs_article fails for 30 bcm: below 33.21 − 0.5, |30 − 33.61| / 33.61 = 10.7%",
    edits: [gasClaim("30")],
    id: "gas_parts_vs_article",
    status: "fail",
  },
  {
    description:
      "gas_growth_vs_nearly_40 fails when the parts grew far below 37.5%: 2022 pipeline 17 gives 33.61 / 25.8196 and 33.21 / 25.49535, 30.2–30.3%",
    edits: [pipeline2022("17")],
    id: "gas_growth_vs_nearly_40",
    status: "fail",
  },
  {
    description:
      "gas_growth_vs_nearly_40 fails when “nearly” is read as at least 39%: the top 38.98 < 39",
    scenario: { nearlyFortyLowPct: 39 },
    id: "gas_growth_vs_nearly_40",
    status: "fail",
  },
  {
    description:
      "savings_period fails when the only estimate of 4.34 USD bn is dated in another year (2022-01/09)",
    edits: [
      [
        "savings.csv",
        "2023-01/09,russian_crude_savings,",
        "2022-01/09,russian_crude_savings,4.34,USD bn,estimate,sinodefenceforum-savings-2023,x",
      ],
    ],
    id: "savings_period",
    status: "fail",
  },
  // Computed share 2023: 107.02 / 563.99 × 100 = 18.9755%. Pass within max(half the reported
  // figure's last digit, 0.5) points; warn within 5% of the reported figure; fail beyond.
  {
    description:
      "russia_share_vs_reported fails against a reported 25%: |18.9755 − 25| = 6.02 points, 6.02 / 25 = 24.1% > 5%",
    edits: [
      [
        "crude_annual.csv",
        "2023,russia_share,",
        "2023,russia_share,25,%,reported,chinascope-russia-share-2023,",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "fail",
  },
  {
    description:
      "russia_share_vs_reported fails when the tonnes give 25% against the reported 19%: 107.02 / 428.08 = 0.25; 6 / 19 = 31.6% > 5%",
    edits: [
      [
        "crude_annual.csv",
        "2023,china_total,563.99,",
        "2023,china_total,428.08,Mt,reported,mnimarkets-china-crude-total-2023,",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "fail",
  },
  {
    description:
      "russia_share_vs_reported fails just beyond 5%: reported 20, |18.9755 − 20| = 1.0245, 1.0245 / 20 = 5.12%",
    edits: [
      [
        "crude_annual.csv",
        "2023,russia_share,",
        "2023,russia_share,20,%,reported,chinascope-russia-share-2023,",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "fail",
  },
];

const WARNS_AND_PASSES: Case[] = [
  {
    description:
      "oil_tonnes_vs_mbd warns for 2.17 mb/d: ≠ 2.140 but inside 107.02 × 7.22..7.45 / 365 = 2.117–2.184",
    edits: [oilClaim("2.17")],
    id: "oil_tonnes_vs_mbd",
    status: "warn",
  },
  {
    description: "oil_record compares mb/d when 2023 has no tonnage (2.14 above 1.72 in 2022)",
    edits: [["crude_annual.csv", "2023,russia,107.02,Mt", null]],
    id: "oil_record",
    status: "pass",
  },
  {
    description: "gas_parts_vs_article passes for 33.6 bcm: inside 33.21–33.61 ± 0.05",
    edits: [gasClaim("33.6")],
    id: "gas_parts_vs_article",
    status: "pass",
  },
  {
    description:
      "gas_parts_vs_article warns for 35 bcm: outside 33.16–33.66 but |35 − 33.61| / 33.61 = 4.1% ≤ 5%",
    edits: [gasClaim("35")],
    id: "gas_parts_vs_article",
    status: "warn",
  },
  {
    description:
      "gas_growth_vs_nearly_40 warns when the parts grew above 40%: 2022 pipeline 14 gives (33.61 / 22.8196 − 1) × 100 = 47.3%",
    edits: [pipeline2022("14")],
    id: "gas_growth_vs_nearly_40",
    status: "warn",
  },
  {
    description:
      "gas_growth_vs_nearly_40 warns when “nearly” is read as at least 38.8%: 38.77 < 38.8 ≤ 38.98",
    scenario: { nearlyFortyLowPct: 38.8 },
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
    description:
      "russia_share_vs_reported warns just within 5%: reported 19.9, |18.9755 − 19.9| = 0.9245 > 0.5, 0.9245 / 19.9 = 4.65%",
    edits: [
      [
        "crude_annual.csv",
        "2023,russia_share,",
        "2023,russia_share,19.9,%,reported,chinascope-russia-share-2023,",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "warn",
  },
  {
    description:
      "russia_share_vs_reported warns for a reported 18.4: 0.5755 points off (> 0.5), 3.13% of 18.4",
    edits: [
      [
        "crude_annual.csv",
        "2023,russia_share,",
        "2023,russia_share,18.4,%,reported,chinascope-russia-share-2023,",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "warn",
  },
];

// Too little data to judge: a status of its own, never a pass.
const INSUFFICIENT: Case[] = [
  {
    description: "oil_tonnes_vs_mbd is insufficient without a 2023 tonnage to convert",
    edits: [["crude_annual.csv", "2023,russia,107.02,Mt", null]],
    id: "oil_tonnes_vs_mbd",
    status: "insufficient",
  },
  {
    description:
      "oil_record is insufficient when the claimed year (2025) has no Russian crude figure",
    edits: [
      ["article.csv", OIL, `2025,crude_exports_russia_to_china,2.14,mb/d,reported,article-oil,`],
    ],
    id: "oil_record",
    status: "insufficient",
  },
  {
    description: "gas_parts_vs_article is insufficient without the 2023 LNG row",
    edits: [["gas_china.csv", "2023,lng,", null]],
    id: "gas_parts_vs_article",
    status: "insufficient",
  },
  {
    description: "gas_growth_vs_nearly_40 is insufficient when 2022 has no LNG figure to grow from",
    edits: [["gas_china.csv", "2022,lng,", null]],
    id: "gas_growth_vs_nearly_40",
    status: "insufficient",
  },
  {
    description: "savings_period is insufficient when no estimate matches the article's 5 USD bn",
    edits: [
      [
        "article.csv",
        "2023,savings_discounted_russian_oil,",
        "2023,savings_discounted_russian_oil,5,USD bn,reported,article-oil,",
      ],
    ],
    id: "savings_period",
    status: "insufficient",
  },
  {
    description:
      "russia_share_vs_reported is insufficient when 2023's share is not a reported figure",
    edits: [
      [
        "crude_annual.csv",
        "2023,russia_share,",
        "2023,russia_share,19,%,derived,chinascope-russia-share-2023,107.02 / 563.99",
      ],
    ],
    id: "russia_share_vs_reported",
    status: "insufficient",
  },
];

describe("computeChecks on modified data", () => {
  it.each([...FAILS, ...WARNS_AND_PASSES, ...INSUFFICIENT])(
    "$description",
    ({ edits = [], scenario, id, status }) => {
      const check = find(checksFor(applyEdits(SHIPPED, edits), scenario), id);
      expect(check?.status).toBe(status);
      expect(check?.reason).not.toBe("");
    },
  );

  it("has a failing case for every check", () => {
    const failing = new Set(FAILS.map((c) => c.id));
    expect(CHECK_IDS.filter((id) => !failing.has(id))).toEqual([]);
  });

  it("has an insufficient case for every check", () => {
    expect(new Set(INSUFFICIENT.map((c) => c.id))).toEqual(new Set(CHECK_IDS));
  });

  it("compares a moved gas claim (33.9) with the same parts range: the range is not the claim's", () => {
    const c = find(checksFor(applyEdits(SHIPPED, [gasClaim("33.9")])), "gas_parts_vs_article")!;
    expect(c.reason).toContain("33.61 bcm (33.21–33.61 with the LNG factor's range)");
    // |33.9 − 33.61| / 33.61 = 0.86%: outside the range, within 5%
    expect(c.status).toBe("warn");
  });

  it("leaves out every claim check when article.csv is absent", () => {
    const files = { ...SHIPPED };
    delete files["article.csv"];
    expect(checksFor(files).map((c) => c.id)).toEqual(["russia_share_vs_reported"]);
  });
});

describe("oil_record with only the claim year", () => {
  // An upload of only 2023 rows: "a record" cannot be judged from one year (issue 10, kind 2).
  const only2023 = [
    TIDY_HEADER,
    "2023,russia,107.02,Mt,reported,asiafinancial-russia-crude-2023,",
    "2023,russia,2.14,mb/d,reported,mees-russia-crude-2023,",
    "",
  ].join("\n");
  const check = find(checksFor({ ...SHIPPED, "crude_annual.csv": only2023 }), "oil_record")!;

  it("is insufficient, never a pass", () => {
    expect(check.status).toBe("insufficient");
    expect(check.reason).toContain("No year before 2023");
  });

  it("is insufficient with only later years beside it (2024 is not an earlier year)", () => {
    const withLater = only2023.replace(
      /\n$/,
      "\n2024,russia,108.5,Mt,reported,unn-russia-crude-2024,\n",
    );
    const c = find(checksFor({ ...SHIPPED, "crude_annual.csv": withLater }), "oil_record")!;
    expect(c.status).toBe("insufficient");
  });

  it("does not compare a partial year with whole ones: an earlier January–September row is no earlier year", () => {
    const withPartial = only2023.replace(
      /\n$/,
      "\n2022-01/09,russia,200,Mt,reported,asiafinancial-russia-crude-2023,\n",
    );
    const c = find(checksFor({ ...SHIPPED, "crude_annual.csv": withPartial }), "oil_record")!;
    expect(c.status).toBe("insufficient");
  });
});
