import { describe, expect, it } from "vitest";
import { readCsvText } from "@/lib/csv/read";
import { buildBundle } from "@/lib/data/bundle";
import type { Source } from "@/lib/data/types";
import { PANEL_CSV_COLUMNS, panelRowsCsv } from "@/lib/export/panel-csv";
import { computeMetrics } from "@/lib/metrics/registry";
import { buildPanels } from "@/lib/panels/index";
import type { PanelRow } from "@/lib/panels/rows";
import { shippedFiles } from "../support/data";

const HEADER =
  "period,series,series_label,value,unit,basis,source_id,note,source_publisher,source_url,source_quote,origin";

const SOURCE: Source = {
  id: "s1",
  publisher: "TASS",
  via: "",
  title: "Deliveries",
  date: "",
  url: "https://tass.com/economy/2054559",
  quote: "22.73 billion cubic meters in 2023",
};

const row = (over: Partial<PanelRow> = {}): PanelRow => ({
  period: "2023",
  series: "power_of_siberia",
  seriesLabel: "Power of Siberia pipeline",
  value: 22.73,
  valueText: "22.73",
  unit: "bcm",
  basis: "reported",
  sourceId: "s1",
  note: "",
  origin: "published",
  ...over,
});

/** The CSV's lines, the trailing line end removed. */
const lines = (csv: string) => csv.replace(/\n$/, "").split("\n");

describe("panelRowsCsv(rows, sources)", () => {
  it("writes the header and nothing else for no rows", () => {
    expect(PANEL_CSV_COLUMNS.join(",")).toBe(HEADER);
    expect(panelRowsCsv([], [SOURCE])).toBe(`${HEADER}\n`);
  });

  it("writes a row with its source's publisher, address and quote", () => {
    expect(lines(panelRowsCsv([row()], [SOURCE]))).toEqual([
      HEADER,
      "2023,power_of_siberia,Power of Siberia pipeline,22.73,bcm,reported,s1,,TASS,https://tass.com/economy/2054559,22.73 billion cubic meters in 2023,published",
    ]);
  });

  it.each([
    {
      description: "the value exactly as written (trailing zero kept)",
      over: { value: 8, valueText: "8.0" },
      column: "value",
      expected: "8.0",
    },
    {
      description: "a negative value as a number, not defused",
      over: { value: -0.45, valueText: "-0.45" },
      column: "value",
      expected: "-0.45",
    },
    {
      description: "a note starting with = defused with a leading apostrophe",
      over: { note: '=HYPERLINK("http://x")' },
      column: "note",
      expected: '\'=HYPERLINK("http://x")',
    },
    {
      description: "a series label starting with + defused",
      over: { seriesLabel: "+1 bcm" },
      column: "series_label",
      expected: "'+1 bcm",
    },
    {
      description: "a note with commas and quotes kept whole",
      over: { note: 'the page says "about 32 bcm", rounded' },
      column: "note",
      expected: 'the page says "about 32 bcm", rounded',
    },
    {
      description: "no source details for a source not in the list",
      over: { sourceId: "unknown" },
      column: "source_quote",
      expected: "",
    },
  ])("writes $description", ({ over, column, expected }) => {
    const csv = panelRowsCsv([row(over)], [SOURCE]);
    const table = readCsvText(csv);
    expect(table.syntaxErrors).toEqual([]);
    const i = table.header!.fields.indexOf(column);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(table.records.map((r) => r.fields[i])).toEqual([expected]);
  });

  it("quotes the defused note cell so the apostrophe and formula stay one field", () => {
    const [, line] = lines(panelRowsCsv([row({ note: "=1+2" })], [SOURCE]));
    expect(line).toContain(`,reported,s1,"'=1+2",TASS,`);
  });

  it("exports a shipped panel's table: each row with the quote of its own source", () => {
    const bundle = buildBundle(shippedFiles());
    const [oil] = buildPanels(bundle, computeMetrics(bundle));
    const rows = oil!.views[0]!.rows.filter((r) => r.period === "2023");
    const table = readCsvText(panelRowsCsv(rows, bundle.sources));
    expect(table.syntaxErrors).toEqual([]);
    expect(table.records.map((r) => [r.fields[1], r.fields[3], r.fields[6], r.fields[10]])).toEqual(
      [
        [
          "russia",
          "2.14",
          "mees-russia-crude-2023",
          "record imports of 2.14mn b/d from Russia, up 417,000 b/d or 24% on 2022",
        ],
        [
          "saudi_arabia",
          "1.72",
          "mees-saudi-crude-2023",
          "saw volumes dip by 2% to 1.72mn b/d for 2023",
        ],
      ],
    );
  });
});
