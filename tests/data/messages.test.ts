// One builder per code: the sentence for each problem is built in one place from its particulars.
import { describe, expect, it } from "vitest";
import { problem } from "@/lib/data/messages";

describe("problem(code, …particulars)", () => {
  it.each([
    [problem("missing_file", "ledger.csv"), "missing_file", "ledger.csv was not found."],
    [
      problem("implausible_value", "1200", "mb/d", 1000, null),
      "implausible_value",
      "1200 mb/d is beyond any plausible figure (more than 1,000 mb/d).",
    ],
    [
      problem("implausible_value", "101", "%", 100, "a share"),
      "implausible_value",
      "101 % is above 100; a share cannot be.",
    ],
    [
      problem("not_positive", "0", "a conversion factor"),
      "not_positive",
      "0 is not above zero; a conversion factor must be.",
    ],
    [
      problem("duplicate_key", "period, series and unit", 4),
      "duplicate_key",
      "Same period, series and unit as row 4.",
    ],
    [
      problem("not_a_number", "19%"),
      "not_a_number",
      '"19%" has a percent sign (%); write 19 and put % in the unit column.',
    ],
    [
      problem("bad_status", "signed", ["in_force", "agreed", "memorandum"]),
      "bad_status",
      '"signed" is not a status: use one of in_force, agreed, memorandum.',
    ],
  ])("%j", (p, code, message) => {
    expect(p).toEqual({ code, message });
  });
});
