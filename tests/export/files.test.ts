import { describe, expect, it } from "vitest";
import { computeChecks } from "@/lib/checks/registry";
import { readCsvText } from "@/lib/csv/read";
import { buildBundle } from "@/lib/data/bundle";
import { datasetFile } from "@/lib/data/datasets";
import { DATASETS } from "@/lib/data/datasets";
import { eventsSchema, factorsSchema, sourcesSchema, tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import type { TableSchema } from "@/lib/data/validate-table";
import {
  csvColumns,
  csvFileNames,
  csvForFile,
  csvRecordCount,
  type CsvSite,
} from "@/lib/export/files";
import { computeMetrics } from "@/lib/metrics/registry";
import { loadBundle } from "@/lib/server/load-data";

async function realSite(): Promise<CsvSite> {
  const bundle = await loadBundle();
  const metrics = computeMetrics(bundle);
  return { bundle, metrics, checks: computeChecks(bundle, metrics) };
}

const TIDY_HEADER = "period,series,value,unit,basis,source_id,note";

function tinySite(note: string): CsvSite {
  const bundle = buildBundle({
    "sources.csv":
      "id,publisher,via,title,date,url,quote\ns1,Pub,,T,2024-01-02,https://example.org,Says 1.\n",
    "factors.csv": `id,value,low,high,unit,source_id,note\nf1,7.3,7.2,7.4,bbl/t,s1,"${note}"\n`,
    "events.csv": `date,label,detail,source_id\n2024-05-16,"${note}",d,s1\n`,
    "crude_annual.csv": `${TIDY_HEADER}\n2023,russia,-0,Mt,reported,s1,"${note}"\n2022,russia,86.25,Mt,reported,s1,"${note}"\n`,
  });
  return { bundle, metrics: [], checks: [] };
}

describe("csvFileNames()", () => {
  it("lists every dataset, then sources, factors, events, capacities, ledger, metrics and checks, once each", () => {
    const names = csvFileNames();
    expect(names).toEqual([
      ...DATASETS.map((d) => datasetFile(d.name)),
      "sources.csv",
      "factors.csv",
      "events.csv",
      "capacities.csv",
      "ledger.csv",
      "metrics.csv",
      "checks.csv",
    ]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("csvForFile(site, name)", () => {
  it.each(["nope.csv", "article", "../package.json", "ARTICLE.CSV", ""])(
    "returns null for %j, which is not a served file",
    async (name) => {
      expect(csvForFile(tinySite("x"), name)).toBeNull();
    },
  );

  it("writes every served file for the real data/", async () => {
    const site = await realSite();
    for (const name of csvFileNames()) {
      const text = csvForFile(site, name);
      expect(text, name).not.toBeNull();
      expect(text!.endsWith("\n"), name).toBe(true);
      expect(readCsvText(text!).records.length, name).toBe(csvRecordCount(site, name));
    }
  });

  it("writes each dataset so the validator accepts every row back", async () => {
    const site = await realSite();
    const ids = new Set(site.bundle.sources.map((s) => s.id));
    for (const spec of DATASETS) {
      const report = validateCsvText(
        csvForFile(site, datasetFile(spec.name))!,
        tidySchema(spec, ids),
      );
      expect(report.errors, spec.name).toEqual([]);
      expect(report.valid.length, spec.name).toBe(site.bundle.datasets[spec.name].length);
    }
  });

  it("writes sources, factors and events so their validators accept every row back", async () => {
    const site = await realSite();
    const ids = new Set(site.bundle.sources.map((s) => s.id));
    const cases: [string, TableSchema<unknown>, number][] = [
      ["sources.csv", sourcesSchema, site.bundle.sources.length],
      ["factors.csv", factorsSchema(ids), site.bundle.factors.length],
      ["events.csv", eventsSchema(ids), site.bundle.events.length],
    ];
    for (const [name, schema, rows] of cases) {
      const report = validateCsvText(csvForFile(site, name)!, schema);
      expect(report.errors, name).toEqual([]);
      expect(report.valid.length, name).toBe(rows);
    }
  });

  it("neutralises a text cell that starts with = in datasets, factors and events", () => {
    const site = tinySite("=HYPERLINK(1)");
    for (const name of ["crude_annual.csv", "factors.csv", "events.csv"]) {
      expect(csvForFile(site, name), name).toContain(`"'=HYPERLINK(1)"`);
    }
  });

  it("keeps a dataset value exactly as written (-0 stays -0, 86.25 stays 86.25)", () => {
    const text = csvForFile(tinySite("n"), "crude_annual.csv")!;
    expect(text).toContain("\n2023,russia,-0,Mt,");
    expect(text).toContain("\n2022,russia,86.25,Mt,");
  });
});

describe("csvColumns(site, name)", () => {
  it("is the header of the served file", async () => {
    const site = await realSite();
    expect(csvColumns(site, "article.csv")).toEqual(TIDY_HEADER.split(","));
    expect(csvColumns(site, "checks.csv")).toEqual([
      "id",
      "label",
      "status",
      "reason",
      "rule",
      "claim",
    ]);
    expect(csvColumns(site, "nope.csv")).toEqual([]);
  });
});
