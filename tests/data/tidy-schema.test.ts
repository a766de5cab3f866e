import { describe, expect, it } from "vitest";
import { findDataset } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { TIDY_HEADER } from "../support/data";
import { observationKey } from "@/lib/upload/keys";

describe("tidySchema(spec).keyNumber", () => {
  const schema = tidySchema(findDataset("crude_annual")!, new Set(["s"]));
  const periods = ["2023", "2023-01", "2023-01/02", "2022/2023", "1990", "2100-12", "2099/2100"];
  const rows: string[] = [];
  for (const period of periods)
    for (const series of ["russia", "china_total", "russia_share"])
      for (const unit of ["Mt", "mb/d", "%"])
        rows.push(`${period},${series},1,${unit},reported,s,`);
  const { valid } = validateCsvText(`${TIDY_HEADER}\n${rows.join("\n")}\n`, schema);

  it("reads every generated row (the premise)", () => {
    expect(valid).toHaveLength(rows.length);
  });

  it("is equal for two rows exactly when their key is", () => {
    for (const a of valid) {
      for (const b of valid) {
        expect(schema.keyNumber!(a) === schema.keyNumber!(b)).toBe(
          observationKey(a) === observationKey(b),
        );
      }
    }
  });

  it("is a non-negative integer, as the duplicate check's bitset needs", () => {
    for (const o of valid) expect(Number.isSafeInteger(schema.keyNumber!(o))).toBe(true);
    for (const o of valid) expect(schema.keyNumber!(o)).toBeGreaterThanOrEqual(0);
  });
});
