import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/view/parse";
import { DEFAULT_VIEW, serializeViewState, type ViewState } from "@/lib/view/state";

// Every field away from its default; tables already sorted, as serializing sorts them.
const FULL: ViewState = {
  oilUnit: "Mt",
  gasUnit: "Mtoe",
  mode: "change",
  fromYear: 2019,
  toYear: 2023,
  scenario: {
    crudeBblPerTonne: 7.45,
    lngBcmPerMt: 1.375,
    nearlyFortyLowPct: 35,
    savingsVolume: "seaborne",
    savingsDiscountUsdPerBbl: 12.5,
  },
  panel: "gas",
  views: { oil: "monthly", europe: "gazprom" },
  tables: ["energy", "savings"],
};

const FULL_QUERY =
  "oil=Mt&gas=Mtoe&mode=change&from=2019&to=2023&bbl=7.45&lng=1.375&nearly=35&volume=seaborne&discount=12.5&views=europe:gazprom,oil:monthly&tables=energy,savings&panel=gas";

describe("serializeViewState(state)", () => {
  it("writes nothing for the default view: the bare URL is the default", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("writes every choice away from the defaults, in a fixed order, with readable separators", () => {
    expect(serializeViewState(FULL)).toBe(FULL_QUERY);
  });

  it.each<{ description: string; change: Partial<ViewState>; expected: string }>([
    { description: "the oil unit", change: { oilUnit: "Mt" }, expected: "oil=Mt" },
    { description: "the value mode", change: { mode: "change" }, expected: "mode=change" },
    { description: "a start year alone", change: { fromYear: 2019 }, expected: "from=2019" },
    {
      description: "one scenario value",
      change: { scenario: { crudeBblPerTonne: 7.22 } },
      expected: "bbl=7.22",
    },
    {
      description: "views sorted by panel",
      change: { views: { oil: "monthly", gas: "stacked" } },
      expected: "views=gas:stacked,oil:monthly",
    },
    {
      description: "tables sorted",
      change: { tables: ["savings", "energy"] },
      expected: "tables=energy,savings",
    },
  ])("writes only $description: $expected", ({ change, expected }) => {
    expect(serializeViewState({ ...DEFAULT_VIEW, ...change })).toBe(expected);
  });

  it("gives equal links for equal views, whatever the order the choices were made in", () => {
    const a = serializeViewState({ ...DEFAULT_VIEW, views: { oil: "monthly", europe: "gazprom" } });
    const b = serializeViewState({ ...DEFAULT_VIEW, views: { europe: "gazprom", oil: "monthly" } });
    expect(a).toBe(b);
  });
});

describe("parseViewState(query)", () => {
  it("reads back every field of a full state", () => {
    expect(parseViewState(FULL_QUERY)).toEqual(FULL);
  });

  it("round-trips: parse(serialize(state)) = state", () => {
    expect(parseViewState(serializeViewState(FULL))).toEqual(FULL);
    expect(parseViewState(serializeViewState(DEFAULT_VIEW))).toEqual(DEFAULT_VIEW);
  });

  it("reads the empty query, and a leading ?, as the defaults", () => {
    expect(parseViewState("")).toEqual(DEFAULT_VIEW);
    expect(parseViewState("?")).toEqual(DEFAULT_VIEW);
  });

  it("falls back to the defaults for garbage: oil=xx&bbl=abc&from=3000&views=OIL:x", () => {
    expect(parseViewState("oil=xx&bbl=abc&from=3000&views=OIL:x")).toEqual(DEFAULT_VIEW);
  });

  it.each([
    { description: "an unknown oil unit", query: "oil=bbl" },
    { description: "an unknown gas unit", query: "gas=tcf" },
    { description: "an unknown mode", query: "mode=relative" },
    { description: "a year before 1990", query: "from=1989" },
    { description: "a year after 2100", query: "to=2101" },
    { description: "a year in scientific notation", query: "from=2.019e3" },
    { description: "bbl above its bound (7.5)", query: "bbl=9" },
    { description: "bbl below its bound (7.2)", query: "bbl=7.19" },
    { description: "lng above its bound (1.38)", query: "lng=1.4" },
    { description: "nearly below its bound (30)", query: "nearly=29.5" },
    { description: "a negative discount", query: "discount=-1" },
    { description: "a discount above 30", query: "discount=30.1" },
    { description: "an unknown volume", query: "volume=pipeline" },
    { description: "a number with a unit", query: "bbl=7.3bbl" },
    { description: "a panel id with capitals", query: "panel=Oil" },
    { description: "a panel id of 41 characters", query: `panel=${"a".repeat(41)}` },
    { description: "a view without a panel", query: "views=:monthly" },
    { description: "a view pair without a colon", query: "views=oil" },
    { description: "a table id with a space", query: "tables=a%20b" },
  ])("ignores $description ($query)", ({ query }) => {
    expect(parseViewState(query)).toEqual(DEFAULT_VIEW);
  });

  it.each([
    { query: "bbl=7.2", expected: { crudeBblPerTonne: 7.2 } },
    { query: "bbl=7.5", expected: { crudeBblPerTonne: 7.5 } },
    { query: "lng=1.31", expected: { lngBcmPerMt: 1.31 } },
    { query: "discount=0", expected: { savingsDiscountUsdPerBbl: 0 } },
    { query: "volume=total", expected: { savingsVolume: "total" } },
  ])("accepts a scenario value on its bound: $query", ({ query, expected }) => {
    expect(parseViewState(query).scenario).toEqual(expected);
  });

  it("keeps the good parameters beside a bad one", () => {
    const s = parseViewState("oil=Mt&bbl=9&lng=1.35&views=OIL:x,gas:stacked");
    expect([s.oilUnit, s.scenario, s.views]).toEqual([
      "Mt",
      { lngBcmPerMt: 1.35 },
      { gas: "stacked" },
    ]);
  });

  it("swaps a start year after the end year: from=2023&to=2019 is 2019 to 2023", () => {
    const s = parseViewState("from=2023&to=2019");
    expect([s.fromYear, s.toYear]).toEqual([2019, 2023]);
  });

  it("reads the readable separators and their percent-encoded forms alike", () => {
    const expected = { oil: "monthly", gas: "stacked" };
    expect(parseViewState("views=oil:monthly,gas:stacked").views).toEqual(expected);
    expect(parseViewState("views=oil%3Amonthly%2Cgas%3Astacked").views).toEqual(expected);
    expect(parseViewState("oil=mb%2Fd&gas=Mtoe").oilUnit).toBe("mb/d");
  });

  it("keeps only the well-formed table ids", () => {
    expect(parseViewState("tables=oil,,Gas,energy").tables).toEqual(["oil", "energy"]);
  });

  it("ignores a year that is not a whole number (from=2019.5)", () => {
    // A year of 2019.5 is not a year; the link should open with no start year.
    expect(parseViewState("from=2019.5").fromYear).toBeNull();
  });
});
