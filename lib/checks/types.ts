/** `insufficient`: too little data to judge; never reported as a pass. */
export type CheckStatus = "pass" | "warn" | "fail" | "insufficient";

export const CHECK_IDS = [
  "oil_tonnes_vs_mbd",
  "oil_record",
  "gas_parts_vs_article",
  "gas_growth_vs_nearly_40",
  "savings_period",
  "russia_share_vs_reported",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Check {
  id: CheckId;
  label: string;
  status: CheckStatus;
  /** Why, with the numbers compared, in a sentence a reader can check by hand. */
  reason: string;
  /** The rule: what passes, warns and fails, and where each threshold comes from. */
  rule: string;
  /** The article claim (article.csv series) the check is about, if any. */
  claim: string;
}
