// capacities.csv and the events' topics: what the schemas accept and reject (with row numbers),
// and the shipped rows against the reference (2025/NOTES.md §4, §10), typed here by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { capacitiesSchema, eventsSchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

const IDS = new Set(["s"]);
const CH = "route,valid_from,value,unit,status,basis,source_id,note";

describe("capacitiesSchema", () => {
  it("accepts a day, a month or a year as valid_from", () => {
    const r = validateCsvText(
      `${CH}\nr,2024-12-01,38,bcm/yr,in_force,reported,s,\nr,2025-09,44,bcm/yr,agreed,reported,s,\nr,2027,2,bcm/yr,memorandum,reported,s,\n`,
      capacitiesSchema(IDS),
    );
    expect(r.errors).toEqual([]);
    expect(r.valid.map((c) => [c.validFrom, c.value, c.status])).toEqual([
      ["2024-12-01", 38, "in_force"],
      ["2025-09", 44, "agreed"],
      ["2027", 2, "memorandum"],
    ]);
  });

  it("rejects each bad cell with its row: date, value, status, basis, source, a derived value with no formula, a repeated route and date", () => {
    const r = validateCsvText(
      [
        CH,
        "r,2024-13,38,bcm/yr,in_force,reported,s,",
        "r,2024,-1,bcm/yr,in_force,reported,s,",
        "r,2025,38,bcm/yr,signed,reported,s,",
        "r,2026,38,bcm/yr,agreed,estimate,s,",
        "r,2027,38,bcm/yr,agreed,reported,nobody,",
        "r,2028,22,bcm/yr,in_force,derived,s,",
        "r,2029,1,bcm/yr,agreed,reported,s,",
        "r,2029,2,bcm/yr,agreed,reported,s,",
        "",
      ].join("\n"),
      capacitiesSchema(IDS),
    );
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, "valid_from", "bad_date"],
      [3, "value", "not_positive"],
      [4, "status", "bad_status"],
      [5, "basis", "bad_basis"],
      [6, "source_id", "unknown_source"],
      [7, "note", "missing_formula"],
      [9, "", "duplicate_key"],
    ]);
    expect(r.valid.map((c) => c.row)).toEqual([8]);
  });
});

describe("eventsSchema topics", () => {
  const EH = "date,label,detail,source_id,topics";
  it("reads oil;prices as two topics and rejects unknown, empty or repeated ones", () => {
    const r = validateCsvText(
      `${EH}\n2025-10-22,A,,s,oil;prices\n2025-10-23,B,,s,coal\n2025-10-24,C,,s,\n2025-10-25,D,,s,gas;gas\n`,
      eventsSchema(IDS),
    );
    expect(r.valid.map((e) => [e.label, e.topics])).toEqual([["A", ["oil", "prices"]]]);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "topics", "bad_topics"],
      [4, "topics", "bad_topics"],
      [5, "topics", "bad_topics"],
    ]);
  });

  it("still reads a file written before topics existed: its events concern every panel", () => {
    const r = validateCsvText(
      "date,label,detail,source_id\n2024-05-16,Visit,,s\n",
      eventsSchema(IDS),
    );
    expect(r.errors).toEqual([]);
    expect(r.valid.map((e) => e.topics)).toEqual([["oil", "gas", "europe", "prices"]]);
  });
});

describe("the shipped capacities and events", () => {
  let bundle: DataBundle;
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
  });

  it("dates each capacity and says how firm it is", () => {
    expect(
      bundle.capacities.map((c) => [c.route, c.validFrom, c.value, c.status, c.basis]),
    ).toEqual([
      ["power_of_siberia", "2023", 22, "in_force", "derived"],
      ["power_of_siberia", "2024-12-01", 38, "in_force", "reported"],
      ["power_of_siberia", "2025-09", 44, "agreed", "reported"],
      ["power_of_siberia_2", "2025-09", 50, "memorandum", "reported"],
      ["far_eastern_route", "2025-09", 12, "agreed", "reported"],
      ["far_eastern_route", "2027", 2, "agreed", "reported"],
    ]);
  });

  const EVENTS: [date: string, label: string, topics: string[]][] = [
    ["2025-01-01", "Ukrainian gas transit ends", ["gas", "europe"]],
    ["2025-01-10", "US sanctions on tankers and producers", ["oil", "prices"]],
    ["2025-09", "Gas agreements in Beijing", ["gas"]],
    ["2025-09", "EU/UK price cap to $47.60", ["oil", "prices"]],
    ["2025-10-22", "US sanctions on Rosneft and Lukoil", ["oil", "prices"]],
  ];
  it.each(EVENTS)("has %s %s for the %j panels", (date, label, topics) => {
    const e = bundle.events.filter((x) => x.date === date && x.label === label);
    expect(e.map((x) => x.topics)).toEqual([topics]);
  });

  it("gives no gas-only event to the oil panel and no oil-only event to the gas panel", () => {
    const oil = bundle.events.filter((e) => e.topics.includes("oil")).map((e) => e.label);
    const gas = bundle.events.filter((e) => e.topics.includes("gas")).map((e) => e.label);
    expect(oil).not.toContain("Power of Siberia first gas");
    expect(oil).not.toContain("Gas agreements in Beijing");
    expect(gas).not.toContain("US sanctions on Rosneft and Lukoil");
    expect(gas).not.toContain("EU/UK price cap to $47.60");
  });
});
