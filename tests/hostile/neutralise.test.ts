// Safe exports, cell by cell: tests/csv/write.test.ts checks neutraliseCell's decision for each
// trigger; this file checks what lands in the written CSV, and that every writer the project has
// (downloads, /data/ files, the CLI, the upload's rejected rows) goes through it.
import { describe, expect, it } from "vitest";
import { RecordStore } from "@/lib/csv/fast/record-store";
import type { Check, CheckId, CheckStatus } from "@/lib/checks/types";
import { readCsvText } from "@/lib/csv/read";
import { formatCsv, type CsvCell } from "@/lib/csv/write";
import type { DataBundle } from "@/lib/data/bundle";
import { DATASETS } from "@/lib/data/datasets";
import type {
  Basis,
  Capacity,
  Factor,
  LedgerEntry,
  Observation,
  Source,
  TimelineEvent,
  Unit,
} from "@/lib/data/types";
import { parsePeriod } from "@/lib/data/period";
import { csvFileNames, csvForFile, type CsvSite } from "@/lib/export/files";
import { panelRowsCsv } from "@/lib/export/panel-csv";
import {
  checksCsv,
  metricsCsv,
  observationsCsv,
  observationsWithQuotesCsv,
  sourcesCsv,
} from "@/lib/export/tables";
import type { MetricId } from "@/lib/metrics/ids";
import type { Metric } from "@/lib/metrics/types";
import type { PanelRow } from "@/lib/panels/rows";
import { rejectedRowsCsv } from "@/lib/upload/rejected-csv";
import { rawTriggerCells, TRIGGERS } from "./triggers";

/** What one cell becomes in the file: the line after the header of a one-column CSV. */
const written = (cell: CsvCell) => formatCsv(["x"], [[cell]]).slice("x\n".length, -1);

describe("formatCsv, one cell at a time", () => {
  it.each([
    ...TRIGGERS.map((t) => ({
      description: `defuses a cell starting with ${JSON.stringify(t)} and quotes it`,
      cell: `${t}1+1`,
      file: `"'${t}1+1"`,
    })),
    {
      description:
        "defuses a formula with a line break after the trigger (papaparse's escapeFormulae misses it)",
      cell: "=1+2\n3",
      file: `"'=1+2\n3"`,
    },
    {
      description: "defuses a formula with a CRLF after the trigger",
      cell: "=1+2\r\n3",
      file: `"'=1+2\r\n3"`,
    },
    {
      description: "defuses a cell that is a line feed and a formula",
      cell: "\n=1",
      file: `"'\n=1"`,
    },
    { description: "defuses = alone", cell: "=", file: `"'="` },
    { description: "defuses - alone", cell: "-", file: `"'-"` },
    { description: "defuses -1e3: not a plain number", cell: "-1e3", file: `"'-1e3"` },
    { description: "defuses -.5: not a plain number", cell: "-.5", file: `"'-.5"` },
    { description: "defuses - followed by a space", cell: "- 1", file: `"'- 1"` },
    {
      description: "defuses a formula holding quotes and doubles them",
      cell: '=HYPERLINK("x","y")',
      file: `"'=HYPERLINK(""x"",""y"")"`,
    },
    {
      description: "leaves -0.75, a number written as text, a number",
      cell: "-0.75",
      file: "-0.75",
    },
    { description: "leaves -0 a number", cell: "-0", file: "-0" },
    { description: "leaves = after the first character alone", cell: "a=1", file: "a=1" },
    {
      description: "leaves a leading space before = alone (a spreadsheet reads text)",
      cell: " =1",
      file: " =1",
    },
    { description: "writes the number -0.75 as -0.75", cell: -0.75, file: "-0.75" },
    {
      description:
        "writes the number -1e21 as JavaScript prints it, which a spreadsheet reads as a number",
      cell: -1e21,
      file: "-1e+21",
    },
  ])("$description", ({ cell, file }) => {
    expect(written(cell)).toBe(file);
    // Read back, the cell is what was written minus the quoting.
    const back = readCsvText(formatCsv(["x"], [[cell]]));
    expect(back.syntaxErrors).toEqual([]);
    const text = typeof cell === "number" ? String(cell) : cell;
    expect(back.records[0]!.fields[0]).toBe(file.startsWith(`"'`) ? `'${text}` : text);
  });

  it("defuses every trigger in the header too", () => {
    const header = TRIGGERS.map((t) => `${t}name`);
    const back = readCsvText(formatCsv(header, []));
    expect(back.header!.fields).toEqual(header.map((h) => `'${h}`));
    expect(rawTriggerCells(back)).toEqual([]);
  });
});

// A classic payload: a spreadsheet that runs it starts a program.
const P = "=cmd|' /C calc'!A0";
const DEFUSED = `"'=cmd|' /C calc'!A0"`;

const observation = (valueText: string): Observation => ({
  dataset: P,
  row: 2,
  period: { ...parsePeriod("2023")!, label: P },
  series: P,
  value: -0.75,
  valueText,
  unit: P as Unit,
  basis: P as Basis,
  sourceId: P,
  note: P,
});
// One row with every text field the payload, one whose value is a negative number.
const OBSERVATIONS = [observation(P), observation("-0.75")];
const SOURCE: Source = { id: P, publisher: P, via: P, title: P, date: P, url: P, quote: P };
const FACTOR: Factor = { id: P, value: -0.75, low: -1, high: 0, unit: P, sourceId: P, note: P };
const EVENT: TimelineEvent = { date: P, label: P, detail: P, sourceId: P, topics: ["oil"] };
// Ids are typed; these deliberately feed junk where an id goes, as an uploaded file could.
const METRIC: Metric = {
  id: P as MetricId,
  label: P,
  unit: P,
  formula: P,
  inputs: [
    {
      label: P,
      value: -0.75,
      valueText: P,
      unit: P,
      ref: P,
      sourceId: P,
      period: P,
      origin: "published",
    },
  ],
  value: -0.75,
  low: -1,
  high: null,
  rangeFrom: P,
  flags: [P, P],
  note: P,
};
const CHECK: Check = {
  id: P as CheckId,
  label: P,
  status: P as CheckStatus,
  reason: P,
  rule: P,
  claim: P,
};
const PANEL_ROWS: PanelRow[] = ["-0.75", P].map((valueText) => ({
  period: P,
  series: P,
  seriesLabel: P,
  value: -0.75,
  valueText,
  unit: P,
  basis: P as Basis,
  sourceId: P,
  note: P,
  origin: "published" as const,
}));
const CAPACITY: Capacity = {
  row: 2,
  route: P,
  validFrom: P,
  value: -0.75,
  valueText: "-0.75",
  unit: P,
  status: "agreed",
  basis: "reported",
  sourceId: P,
  note: P,
};
const LEDGER_ENTRY: LedgerEntry = {
  row: 2,
  quantity: P,
  period: parsePeriod("2023")!,
  value: -0.75,
  valueText: "-0.75",
  unit: "USD/bbl",
  sourceId: P,
  note: P,
};
const BUNDLE: DataBundle = {
  sources: [SOURCE],
  factors: [FACTOR],
  events: [EVENT],
  capacities: [CAPACITY],
  ledger: [LEDGER_ENTRY],
  datasets: Object.fromEntries(
    DATASETS.map((d) => [d.name, OBSERVATIONS]),
  ) as DataBundle["datasets"],
  reports: [],
};
const SITE: CsvSite = { bundle: BUNDLE, metrics: [METRIC], checks: [CHECK] };

const WRITERS: { writer: string; csv: () => string; negative?: boolean }[] = [
  { writer: "observationsCsv", csv: () => observationsCsv(OBSERVATIONS), negative: true },
  {
    writer: "observationsWithQuotesCsv",
    csv: () => observationsWithQuotesCsv(OBSERVATIONS, [SOURCE]),
    negative: true,
  },
  { writer: "metricsCsv", csv: () => metricsCsv([METRIC]), negative: true },
  { writer: "checksCsv", csv: () => checksCsv([CHECK]) },
  { writer: "sourcesCsv", csv: () => sourcesCsv([SOURCE]) },
  { writer: "panelRowsCsv", csv: () => panelRowsCsv(PANEL_ROWS, [SOURCE]), negative: true },
  ...csvFileNames().map((name) => ({
    writer: `csvForFile(site, "${name}")`,
    csv: () => csvForFile(SITE, name)!,
    negative: !["sources.csv", "events.csv", "checks.csv"].includes(name),
  })),
  {
    writer: "rejectedRowsCsv (the upload's rejected rows)",
    csv: () =>
      rejectedRowsCsv(
        { row: 1, fields: [P, "value"] },
        RecordStore.of([{ row: 2, fields: [P, "-0.75", P] }]),
        [
          // A code is one of a closed set (lib/intake/codes.ts): never a reader's text.
          { row: 1, column: P, code: "unknown_column", message: P },
          { row: 2, column: "", code: "ragged_row", message: P },
        ],
      ),
    negative: true,
  },
];

describe("every CSV the project writes, fed text cells holding a formula", () => {
  it.each(WRITERS)(
    "$writer writes the formula defused, and no cell starts a formula",
    ({ csv, negative }) => {
      const text = csv();
      expect(text).toContain(DEFUSED);
      const back = readCsvText(text);
      expect(back.syntaxErrors).toEqual([]);
      expect(back.records.length).toBeGreaterThan(0);
      expect(rawTriggerCells(back)).toEqual([]);
      // The negative numbers beside it stay numbers: written bare, read back unchanged.
      if (negative) expect(back.records.some((r) => r.fields.includes("-0.75"))).toBe(true);
    },
  );
});
