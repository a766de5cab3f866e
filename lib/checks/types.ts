export type CheckStatus = "pass" | "warn" | "fail";

export interface Check {
  id: string;
  label: string;
  status: CheckStatus;
  /** Why, with the numbers compared, in a sentence a reader can check by hand. */
  reason: string;
  /** The article claim (article.csv series) the check is about, if any. */
  claim: string;
}
