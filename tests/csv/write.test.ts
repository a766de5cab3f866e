import { describe, expect, it } from "vitest";
import { needsNeutralising, neutraliseCell } from "@/lib/csv/neutralise";
import { readCsvText } from "@/lib/csv/read";
import { formatCsv, type CsvCell } from "@/lib/csv/write";

describe("needsNeutralising / neutraliseCell", () => {
  it.each([
    {
      description: "defuses a cell starting with =",
      input: "=SUM(A1:A9)",
      expected: "'=SUM(A1:A9)",
    },
    { description: "defuses a cell starting with +", input: "+1+1", expected: "'+1+1" },
    { description: "defuses a signed number written with +", input: "+5", expected: "'+5" },
    {
      description: "defuses a cell starting with - that is not a number",
      input: "-2+3",
      expected: "'-2+3",
    },
    { description: "defuses a lone minus", input: "-", expected: "'-" },
    { description: "defuses -1e3 (not a plain decimal)", input: "-1e3", expected: "'-1e3" },
    { description: "defuses a cell starting with @", input: "@SUM(1)", expected: "'@SUM(1)" },
    { description: "defuses a cell starting with a tab", input: "\t=1", expected: "'\t=1" },
    { description: "defuses a cell starting with CR", input: "\r=1", expected: "'\r=1" },
    { description: "defuses a cell starting with LF", input: "\n=1", expected: "'\n=1" },
    { description: "defuses full-width ＝ (U+FF1D)", input: "\uFF1D1", expected: "'\uFF1D1" },
    { description: "defuses full-width ＋ (U+FF0B)", input: "\uFF0B1", expected: "'\uFF0B1" },
    { description: "defuses full-width － (U+FF0D)", input: "\uFF0D1", expected: "'\uFF0D1" },
    { description: "defuses full-width ＠ (U+FF20)", input: "\uFF20x", expected: "'\uFF20x" },
    { description: "leaves a negative decimal a number", input: "-0.75", expected: "-0.75" },
    { description: "leaves a negative integer a number", input: "-8", expected: "-8" },
    { description: "leaves a positive decimal alone", input: "107.02", expected: "107.02" },
    { description: "leaves an empty cell alone", input: "", expected: "" },
    { description: "leaves = in the middle of text alone", input: "a=b", expected: "a=b" },
    {
      description: "leaves text starting with a letter alone",
      input: "derived: 1 - 2",
      expected: "derived: 1 - 2",
    },
    { description: "leaves a leading quote alone", input: "'quoted", expected: "'quoted" },
  ])("$description", ({ input, expected }) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(needsNeutralising(input)).toBe(expected !== input);
  });
});

describe("formatCsv", () => {
  const cases: {
    description: string;
    header: string[];
    rows: CsvCell[][];
    expected: string;
  }[] = [
    {
      description: "joins cells with commas and ends every line, the last included, with LF",
      header: ["a", "b"],
      rows: [
        ["x", "y"],
        ["1", "2"],
      ],
      expected: "a,b\nx,y\n1,2\n",
    },
    {
      description: "writes a header alone when there are no rows",
      header: ["a", "b"],
      rows: [],
      expected: "a,b\n",
    },
    {
      description: "writes numbers as numbers, negative ones included",
      header: ["v"],
      rows: [[781.1], [-0.75], [0]],
      expected: "v\n781.1\n-0.75\n0\n",
    },
    {
      description: "writes null, NaN and Infinity as an empty cell",
      header: ["a", "b", "c", "d"],
      rows: [[null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
      expected: "a,b,c,d\n,,,\n",
    },
    {
      description: "quotes a cell holding a comma",
      header: ["note"],
      rows: [["Tupi, Oman"]],
      expected: 'note\n"Tupi, Oman"\n',
    },
    {
      description: "quotes a cell holding a quote and doubles the quote",
      header: ["note"],
      rows: [['say "hi"']],
      expected: 'note\n"say ""hi"""\n',
    },
    {
      description: "quotes a cell holding a line break",
      header: ["note"],
      rows: [["line 1\nline 2"], ["a\r\nb"]],
      expected: 'note\n"line 1\nline 2"\n"a\r\nb"\n',
    },
    {
      description: "defuses a formula and quotes the defused cell",
      header: ["note"],
      rows: [['=HYPERLINK("x")']],
      expected: 'note\n"\'=HYPERLINK(""x"")"\n',
    },
    {
      description: "keeps a negative number written as text a number, unquoted",
      header: ["value"],
      rows: [["-8.50"]],
      expected: "value\n-8.50\n",
    },
    {
      description: "defuses the header cells too",
      header: ["id", "@label"],
      rows: [],
      expected: 'id,"\'@label"\n',
    },
  ];

  it.each(cases)("$description", ({ header, rows, expected }) => {
    expect(formatCsv(header, rows)).toBe(expected);
  });

  it("writes text that readCsvText reads back cell for cell (defused cells gain their ')", () => {
    const header = ["text", "number"];
    const rows: CsvCell[][] = [
      ['a "quoted", multi-line\nnote', -1.5],
      ["=1+1", 0],
      ["", 2.14],
    ];
    const table = readCsvText(formatCsv(header, rows));
    expect(table.syntaxErrors).toEqual([]);
    expect(table.header?.fields).toEqual(header);
    expect(table.records.map((r) => [r.row, r.fields])).toEqual([
      [2, ['a "quoted", multi-line\nnote', "-1.5"]],
      [3, ["'=1+1", "0"]],
      [4, ["", "2.14"]],
    ]);
  });
});
