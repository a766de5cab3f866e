import { beforeAll, describe, expect, it } from "vitest";
import type { DataBundle } from "@/lib/data/bundle";
import { DATASETS } from "@/lib/data/datasets";
import { tidySchema } from "@/lib/data/schemas";
import { validateCsvText } from "@/lib/data/validate";
import { readCsvText } from "@/lib/csv/read";
import { metricsCsv, METRIC_CSV_COLUMNS, observationsCsv } from "@/lib/export/tables";
import type { Metric } from "@/lib/metrics/types";
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
  const metric = (over: Partial<Metric>): Metric => ({
    id: "m",
    label: "A metric",
    unit: "%",
    formula: "a ÷ b × 100",
    inputs: [
      { label: "A, 2023", value: 1.5, unit: "bcm", ref: "gas_china.csv row 6", sourceId: "s1" },
      { label: "B, 2023", value: 3, unit: "bcm", ref: "gas_china.csv row 7", sourceId: "s1" },
      { label: "Factor", value: 2, unit: "x", ref: "assumption k", sourceId: "" },
    ],
    value: 50,
    low: -0.75,
    high: null,
    note: "",
    ...over,
  });

  it("writes the provenance columns: basis, formula, inputs and source ids", () => {
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
        "derived",
        "a ÷ b × 100",
        "A, 2023 = 1.5 bcm (gas_china.csv row 6); B, 2023 = 3 bcm (gas_china.csv row 7); Factor = 2 x (assumption k)",
        "s1",
        "",
      ],
    ]);
  });

  it("defuses a formula-like label but leaves a negative number a number", () => {
    const text = metricsCsv([metric({ label: "=cmd()", low: -0.75 })]);
    expect(text.split("\n")[1]).toBe(
      `m,"'=cmd()",%,50,-0.75,,derived,a ÷ b × 100,"A, 2023 = 1.5 bcm (gas_china.csv row 6); B, 2023 = 3 bcm (gas_china.csv row 7); Factor = 2 x (assumption k)",s1,`,
    );
  });
});
