import { describe, expect, it } from "vitest";
import { dashboardLink, embedPath, embedQuery, iframeCode } from "@/lib/publish/embed";

describe("embedQuery(dashboardQuery, panelId)", () => {
  const cases = [
    { description: "the default view needs no query", query: "", panel: "oil", expected: "" },
    {
      description:
        "keeps units, years and the panel's own view; drops other panels, tables and scroll",
      query: "?oil=Mt&from=2018&views=gas:lng,oil:monthly&tables=oil&panel=gas",
      panel: "oil",
      expected: "?oil=Mt&from=2018&views=oil:monthly",
    },
    {
      description: "keeps the scenario",
      query: "?bbl=7.4&mode=change",
      panel: "gas",
      expected: "?mode=change&bbl=7.4",
    },
  ];
  for (const c of cases) {
    it(c.description, () => expect(embedQuery(c.query, c.panel)).toBe(c.expected));
  }
});

describe("dashboardLink(embedSearch, panelId)", () => {
  it("reopens the same view on / scrolled to the panel", () => {
    expect(dashboardLink("?gas=Mtoe", "europe")).toBe("/?gas=Mtoe&panel=europe#europe");
  });
});

describe("iframeCode(url, title)", () => {
  it("is a full-width, 600 px iframe with the title, attribute text escaped", () => {
    expect(iframeCode(`https://h${embedPath("oil")}?a=1&b=2`, 'Oil "and" gas')).toBe(
      '<iframe src="https://h/embed/oil?a=1&amp;b=2" title="Oil &quot;and&quot; gas" width="100%" height="600" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
