import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { DATASETS } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { readCsvText } from "@/lib/csv/read";
import { metricsCsv, METRIC_CSV_COLUMNS, observationsCsv } from "@/lib/export/tables";
import type { MetricId } from "@/lib/metrics/ids";
import type { Metric, MetricInput } from "@/lib/metrics/types";
import { loadBundle } from "@/lib/server/load-data";
import { DATA_DIR } from "../support/data";

describe("observationsCsv", () => {
  let bundle: DataBundle;
  beforeAll(async () => {
    bundle = await loadBundle(DATA_DIR);
  });

  it.each(DATASETS.map((d) => d.name))(
    "writes %s so that the validator reads back the same rows, values as written",
    (name) => {
      const rows = bundle.datasets[name];
      const ids = new Set(bundle.sources.map((s) => s.id));
      const report = validateCsvText(
        observationsCsv(rows),
        tidySchema(
          DATASETS.find((d) => d.name === name)!,
          ids,
        ),
      );
      expect(report.errors).toEqual([]);
      const key = (o: (typeof rows)[number]) => [
        o.period.label,
        o.series,
        o.valueText,
        o.unit,
        o.basis,
        o.sourceId,
        o.note,
      ];
      expect(report.valid.map(key)).toEqual(rows.map(key));
    },
  );
});

describe("metricsCsv", () => {
  const input = (over: Partial<MetricInput>): MetricInput => ({
    label: "A, 2023",
    value: 1.5,
    valueText: "1.50",
    unit: "bcm",
    ref: "gas_china.csv row 6",
    sourceId: "s1",
    period: "2023",
    origin: "published",
    ...over,
  });
  const metric = (over: Partial<Metric>): Metric => ({
    // a made-up id: the table writes whatever it is given
    id: "m" as MetricId,
    label: "A metric",
    unit: "%",
    formula: "a ÷ b × 100",
    inputs: [
      input({}),
      input({ label: "B, 2023", value: 3, valueText: "3", ref: "gas_china.csv row 7" }),
      input({
        label: "Factor",
        value: 2,
        valueText: "2",
        unit: "x",
        ref: "assumption k",
        sourceId: "",
        period: "",
        origin: "assumption",
      }),
    ],
    value: 50,
    low: -0.75,
    high: null,
    rangeFrom: "rounding of the stated 1.50 bcm",
    flags: [],
    note: "",
    ...over,
  });
  const INPUTS =
    "A, 2023 = 1.50 bcm (gas_china.csv row 6); B, 2023 = 3 bcm (gas_china.csv row 7); Factor = 2 x (assumption k)";

  it("writes the provenance columns: range source, flags, basis, formula, inputs as written and source ids", () => {
    const table = readCsvText(metricsCsv([metric({})]));
    expect(table.header?.fields).toEqual([...METRIC_CSV_COLUMNS]);
    expect(table.records.map((r) => r.fields)).toEqual([
      [
        "m",
        "A metric",
        "%",
        "50",
        "-0.75",
        "",
        "rounding of the stated 1.50 bcm",
        "",
        "derived",
        "a ÷ b × 100",
        INPUTS,
        "s1",
        "",
      ],
    ]);
  });

  it("writes every flag of a fallback in the flags column, joined by “; ”", () => {
    const table = readCsvText(
      metricsCsv([metric({ flags: ["annual 2023 volume used for 2023-01/09", "second"] })]),
    );
    expect(table.records[0]!.fields[7]).toBe("annual 2023 volume used for 2023-01/09; second");
  });

  it("lists no source id for the reader's inputs", () => {
    const table = readCsvText(
      metricsCsv([
        metric({
          inputs: [input({ sourceId: "", origin: "reader", ref: "your gas_china.csv, row 6" })],
        }),
      ]),
    );
    expect(table.records[0]!.fields[11]).toBe("");
  });

  it("defuses a formula-like label but leaves a negative number a number", () => {
    const text = metricsCsv([metric({ label: "=cmd()", low: -0.75 })]);
    expect(text.split("\n")[1]).toBe(
      `m,"'=cmd()",%,50,-0.75,,rounding of the stated 1.50 bcm,,derived,a ÷ b × 100,"${INPUTS}",s1,`,
    );
  });
});
