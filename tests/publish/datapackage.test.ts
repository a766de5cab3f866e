// /data/datapackage.json against the published Data Package v2 JSON Schemas (vendored in
// tests/fixtures/datapackage-v2, see its README), and the served CSVs against their own Table
// Schemas: types, required cells, enums, patterns, primary and foreign keys.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { csvForFile, type CsvSite } from "@/lib/export/files";
import { buildDataPackage, type DataPackage } from "@/lib/publish/datapackage";
import { loadSite } from "@/lib/server/site";
import { REPO_ROOT } from "../support/data";

const profile = (name: string) =>
  JSON.parse(
    readFileSync(path.join(REPO_ROOT, "tests/fixtures/datapackage-v2", `${name}.json`), "utf8"),
  ) as object;

// The profiles use four formats; ajv knows none without ajv-formats, so each is declared here
// as RFC 3339 / RFC 3986 say (textarea is an editor hint with nothing to check).
const ajv = new Ajv({ strict: false, allErrors: true })
  .addFormat("textarea", true)
  .addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]+$/i)
  .addFormat("email", /^[^\s@]+@[^\s@]+$/)
  .addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const validatePackage = ajv.compile(profile("datapackage"));
const validateTableSchema = ajv.compile(profile("tableschema"));

let site: CsvSite;
let pkg: DataPackage;
beforeAll(async () => {
  site = await loadSite();
  pkg = buildDataPackage(site, { commit: "0123456789ab", dataDate: "2026-11-30" });
});

describe("buildDataPackage(site, version)", () => {
  it("is valid against the Data Package 2.0 profile", () => {
    const ok = validatePackage(pkg);
    expect(validatePackage.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("fails the profile when resources are missing (the validator can fail)", () => {
    const bare: Partial<DataPackage> = { ...pkg };
    delete bare.resources;
    expect(validatePackage(bare)).toBe(false);
  });

  it("gives every resource a Table Schema valid against the Table Schema 2.0 profile", () => {
    for (const r of pkg.resources) {
      expect({
        name: r.name,
        ok: validateTableSchema(r.schema),
        errors: validateTableSchema.errors ?? [],
      }).toEqual({ name: r.name, ok: true, errors: [] });
    }
  });

  it("lists the 7 datasets and the 7 support files, each once, by path relative to /data/", () => {
    expect(pkg.resources.map((r) => r.path)).toEqual([
      "article.csv",
      "crude_annual.csv",
      "crude_monthly.csv",
      "gas_china.csv",
      "gas_europe.csv",
      "savings.csv",
      "prices.csv",
      "sources.csv",
      "factors.csv",
      "events.csv",
      "capacities.csv",
      "ledger.csv",
      "metrics.csv",
      "checks.csv",
    ]);
  });

  it("names the version as data date + commit, the CC BY 4.0 licence, and every source", () => {
    expect(pkg.version).toBe("2026-11-30+0123456789ab");
    expect(pkg.created).toBe("2026-11-30T00:00:00Z");
    expect(pkg.licenses.map((l) => l.name)).toEqual(["CC-BY-4.0"]);
    // data/sources.csv has 190 rows (counted with Python's csv module; notes span lines).
    expect(pkg.sources).toHaveLength(190);
  });

  it("keys tidy datasets by period, series and unit, and points source_id at sources.id", () => {
    const crude = pkg.resources.find((r) => r.name === "crude_annual")!;
    expect(crude.schema.primaryKey).toEqual(["period", "series", "unit"]);
    expect(crude.schema.foreignKeys).toEqual([
      { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
    ]);
    expect(crude.schema.fields.find((f) => f.name === "unit")?.categories).toEqual([
      { value: "Mt", label: "million tonnes" },
      { value: "mb/d", label: "million barrels per day" },
      { value: "%", label: "per cent" },
    ]);
    // 54 rows in data/crude_annual.csv (counted with Python's csv module).
    expect(crude["rce:rows"]).toBe(54);
  });
});

/** A cell against its field, as a Table Schema reader would check it; null when it conforms. */
function cellProblem(
  value: string,
  field: DataPackage["resources"][number]["schema"]["fields"][number],
) {
  const c = (field.constraints ?? {}) as { required?: boolean; enum?: string[]; pattern?: string };
  if (value === "") return c.required ? "required" : null;
  if (field.type === "number" && !/^-?\d+(\.\d+)?$/.test(value)) return "not a number";
  if (c.enum && !c.enum.includes(value)) return `not in ${c.enum.join("|")}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) return `not ${c.pattern}`;
  return null;
}

describe("the served CSVs against their Table Schemas", () => {
  it("have exactly the schema's fields, conforming cells and unique primary keys", () => {
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const text = csvForFile(site, r.path)!;
      const { data, errors } = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: true,
      });
      expect(errors).toEqual([]);
      expect(Object.keys(data[0] ?? {})).toEqual(r.schema.fields.map((f) => f.name));
      expect(data).toHaveLength(r["rce:rows"]);
      const keys = new Set<string>();
      data.forEach((row, i) => {
        for (const f of r.schema.fields) {
          // Formula neutralisation writes a leading ' before =, +, -, @: not the case for keys.
          const problem = cellProblem(row[f.name] ?? "", f);
          if (problem)
            problems.push(`${r.path} record ${i + 1} ${f.name}=${row[f.name]}: ${problem}`);
        }
        const key = (r.schema.primaryKey ?? []).map((k) => row[k]).join("\u0000");
        if (r.schema.primaryKey && keys.has(key))
          problems.push(`${r.path} record ${i + 1}: duplicate key`);
        keys.add(key);
      });
    }
    expect(problems).toEqual([]);
  });

  it("have every source_id present in sources.csv", () => {
    const ids = new Set(site.bundle.sources.map((s) => s.id));
    const missing = pkg.resources
      .filter((r) => r.schema.foreignKeys)
      .flatMap((r) =>
        Papa.parse<Record<string, string>>(csvForFile(site, r.path)!, {
          header: true,
          skipEmptyLines: true,
        })
          .data.filter((row) => !ids.has(row.source_id ?? ""))
          .map((row) => `${r.path}: ${row.source_id}`),
      );
    expect(missing).toEqual([]);
  });
});

describe("each dataset resource carries its vintage", () => {
  // [resource, first period, last period]: as /data shows them (tests/data/coverage.test.ts).
  it.each([
    ["crude_annual", "2014", "2025"],
    ["gas_china", "2019", "2025-12"],
    ["prices", "2023-01/06", "2026-03"],
  ])("%s covers %s to %s, checked 2026-11-30", (name, first, last) => {
    const r = pkg.resources.find((x) => x.name === name)! as unknown as Record<string, unknown>;
    expect([r["rce:coverage"], r["rce:lastChecked"]]).toEqual([{ first, last }, "2026-11-30"]);
  });

  it("support files carry no dataset vintage", () => {
    const r = pkg.resources.find((x) => x.name === "sources")! as unknown as Record<
      string,
      unknown
    >;
    expect(r["rce:lastChecked"]).toBeUndefined();
  });
});
