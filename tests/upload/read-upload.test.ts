import { describe, expect, it } from "vitest";
import { readUpload } from "@/lib/upload/read-upload";
import { TIDY_HEADER as H } from "../support/data";

describe("readUpload(input, target, knownSourceIds)", () => {
  it.each([
    {
      target: "sources" as const,
      csv: "id,publisher,via,title,date,url,quote\nnew,P,,T,,,Q\n",
      key: "sources",
    },
    {
      target: "factors" as const,
      csv: "id,value,low,high,unit,source_id,note\nf,2,1,3,x,s,\n",
      key: "factors",
    },
    {
      target: "events" as const,
      csv: "date,label,detail,source_id\n2024-05-16,Visit,,s\n",
      key: "events",
    },
    {
      target: "prices" as const,
      csv: `${H}\n2023-01,urals_price,60,USD/bbl,reported,s,\n`,
      key: "observations",
    },
  ])("reads a $target file with its schema into $key", async ({ target, csv, key }) => {
    const { validation, upload } = await readUpload(new Blob([csv]), target, new Set(["s"]));
    expect(validation.report.rejectedRows).toEqual([]);
    expect(upload.dataset).toBe(target);
    expect(Object.keys(upload)).toEqual(["dataset", key]);
  });

  it("marks accepted observations as the reader's and checks their sources against the known ids", async () => {
    const csv = `${H}\n2023,russia,110.5,Mt,reported,s,\n2023,russia,2.2,mb/d,reported,unknown,\n`;
    const { validation, upload } = await readUpload(csv, "crude_annual", new Set(["s"]));
    expect(validation.report.rejectedRows).toEqual([3]);
    expect(
      "observations" in upload && upload.observations.map((o) => [o.valueText, o.origin]),
    ).toEqual([["110.5", "reader"]]);
  });
});
