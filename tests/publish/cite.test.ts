import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, datasetCitable, siteCitable } from "@/lib/publish/cite";
import { newestSourceDate } from "@/lib/publish/version";

const version = { dataDate: "2026-11-30", commit: "2b6ca3e0a1b2" };

describe("apaCitation(item, version)", () => {
  it("names the project, year, title, data date and commit, licence and address", () => {
    expect(apaCitation(siteCitable("https://x.org"), version)).toBe(
      "Russia–China energy trade project. (2026). Russia–China energy trade, sourced (Version: data of 2026-11-30, commit 2b6ca3e0a1b2) [Dashboard and data set]. CC-BY-4.0 (data). https://x.org/",
    );
  });

  it("cites a dataset as part of the site, at its CSV address", () => {
    expect(
      apaCitation(
        datasetCitable("https://x.org", "China's crude imports, annual", "crude_annual.csv"),
        version,
      ),
    ).toBe(
      "Russia–China energy trade project. (2026). China's crude imports, annual (Version: data of 2026-11-30, commit 2b6ca3e0a1b2) [Data set]. In Russia–China energy trade, sourced. CC-BY-4.0 (data). https://x.org/data/crude_annual.csv",
    );
  });
});

describe("bibtexCitation(item, version)", () => {
  it("is a @misc entry with a stable key, braced title, version and url", () => {
    expect(
      bibtexCitation(datasetCitable("https://x.org", "Gas {50%}", "gas_china.csv"), version),
    ).toBe(
      [
        "@misc{russia_china_energy_gas_china,",
        "  author = {{Russia–China energy trade project}},",
        "  title = {{Gas \\{50\\%\\}}},",
        "  year = {2026},",
        "  version = {2026-11-30+2b6ca3e0a1b2},",
        "  url = {https://x.org/data/gas_china.csv},",
        "  howpublished = {\\url{https://x.org/data/gas_china.csv}},",
        "  note = {Data set, data of 2026-11-30, commit 2b6ca3e0a1b2; data licence CC-BY-4.0},",
        "}",
      ].join("\n"),
    );
  });
});

describe("newestSourceDate(sources)", () => {
  const s = (date: string) => ({
    id: "a",
    publisher: "p",
    via: "",
    title: "",
    date,
    url: "",
    quote: "q",
  });
  it("takes the latest date, reading YYYY-MM as its first day and skipping empty dates", () => {
    expect(newestSourceDate([s("2024-05-16"), s("2025-11"), s(""), s("2025-10-31")])).toBe(
      "2025-11-01",
    );
  });
  it("is null with no dated source", () => expect(newestSourceDate([s("")])).toBeNull());
});
