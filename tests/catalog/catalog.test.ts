import { describe, expect, it } from "vitest";
import { decimalsOf } from "@/lib/format";
import { SUPPORT_FILE_DOCS } from "@/lib/catalog/files";
import { periodName } from "@/lib/catalog/period-name";
import { savingsPeriodPair } from "@/lib/catalog/savings-period";
import { summariseRows } from "@/lib/catalog/summary";
import { buildBundle } from "@/lib/data/bundle";
import { parsePeriod } from "@/lib/data/period";
import { computeChecks } from "@/lib/checks/registry";
import { csvColumns } from "@/lib/export/files";
import { computeMetrics } from "@/lib/metrics/registry";
import { loadBundle } from "@/lib/server/load-data";

describe("SUPPORT_FILE_DOCS", () => {
  it("explains every column each supporting file is served with", async () => {
    const bundle = await loadBundle();
    const metrics = computeMetrics(bundle);
    const site = { bundle, metrics, checks: computeChecks(bundle, metrics) };
    for (const doc of SUPPORT_FILE_DOCS) {
      const columns = csvColumns(site, doc.file);
      expect(columns.length, doc.file).toBeGreaterThan(0);
      expect(Object.keys(doc.columns).sort(), doc.file).toEqual([...columns].sort());
    }
  });
});

describe("periodName(period)", () => {
  it.each([
    ["2023", "2023"],
    ["2023-06", "June 2023"],
    ["2023-01/09", "January–September 2023"],
    ["2018/2019", "2018–2019"],
  ])("names %s as %j", (label, expected) => {
    expect(periodName(parsePeriod(label)!)).toBe(expected);
  });
});

describe("decimalsOf(value)", () => {
  it.each([
    [107.02, 2],
    [38, 0],
    [6.485, 3],
    [-0.5, 1],
    [1e-7, 6],
    [Number.NaN, 0],
  ])("counts the decimals of %d as %d", (value, expected) => {
    expect(decimalsOf(value)).toBe(expected);
  });
});

const tidy = (rows: string) =>
  buildBundle({
    "sources.csv": "id,publisher,via,title,date,url,quote\na,P,,T,,,Q\nb,P,,T,,,Q\n",
    "crude_annual.csv": `period,series,value,unit,basis,source_id,note\n${rows}`,
    "article.csv":
      "period,series,value,unit,basis,source_id,note\n2023,savings_discounted_russian_oil,4.34,USD bn,reported,a,\n",
    "savings.csv":
      "period,series,value,unit,basis,source_id,note\n2023-01/09,russian_crude_savings,4.34,USD bn,estimate,b,\n",
  });

describe("summariseRows(rows)", () => {
  it("spans the earliest start to the latest end and counts bases, sources and notes", () => {
    const bundle = tidy(
      "2023-01/02,russia,1,Mt,reported,a,n\n2014,russia,2,Mt,derived,b,formula\n2024-03,russia,3,Mt,reported,a,\n",
    );
    const s = summariseRows(bundle.datasets.crude_annual);
    expect(s.rows).toBe(3);
    expect(s.first?.label).toBe("2014");
    expect(s.last?.label).toBe("2024-03");
    expect(s.bases).toEqual(["reported", "derived"]);
    expect(s.sources).toBe(2);
    expect(s.notes).toBe(2);
  });

  it("gives no span for an empty dataset", () => {
    expect(summariseRows([])).toMatchObject({ rows: 0, first: null, last: null, bases: [] });
  });
});

describe("savingsPeriodPair(bundle)", () => {
  it("pairs the article's savings claim with the estimate of the same value", () => {
    const pair = savingsPeriodPair(tidy(""))!;
    expect(pair.claim.period.label).toBe("2023");
    expect(pair.estimate?.period.label).toBe("2023-01/09");
  });

  it("is null when the article makes no savings claim", () => {
    expect(savingsPeriodPair(buildBundle({}))).toBeNull();
  });
});
