import { describe, expect, it } from "vitest";
import { TIDY_COLUMNS } from "@/lib/data/datasets";
import { EVENT_COLUMNS, FACTOR_COLUMNS, SOURCE_COLUMNS } from "@/lib/data/schemas";
import { detectDataset } from "@/lib/upload/detect";

describe("detectDataset(fileName, headerFields)", () => {
  it.each([
    {
      description: "takes a dataset's own file name",
      name: "crude_annual.csv",
      header: null,
      expected: "crude_annual",
    },
    {
      description: "takes a browser's second download of it",
      name: "crude_annual (1).csv",
      header: null,
      expected: "crude_annual",
    },
    {
      description: "takes a numbered copy without the space",
      name: "gas_china(12).csv",
      header: null,
      expected: "gas_china",
    },
    {
      description: "ignores the case of the name",
      name: "PRICES.CSV",
      header: null,
      expected: "prices",
    },
    {
      description: "takes a support file by its name",
      name: "sources.csv",
      header: null,
      expected: "sources",
    },
    {
      description: "does not guess from a name that only contains a dataset's",
      name: "my-crude_annual.csv",
      header: TIDY_COLUMNS,
      expected: null,
    },
    {
      description: "cannot tell tidy datasets apart by their shared header",
      name: "export.csv",
      header: TIDY_COLUMNS,
      expected: null,
    },
    {
      description: "tells sources by its header",
      name: "export.csv",
      header: SOURCE_COLUMNS,
      expected: "sources",
    },
    {
      description: "tells factors by its header, in any column order",
      name: "x.csv",
      header: [...FACTOR_COLUMNS].reverse(),
      expected: "factors",
    },
    {
      description: "tells events by its header",
      name: "x.csv",
      header: EVENT_COLUMNS,
      expected: "events",
    },
    {
      description: "takes no header with a column missing for a support file",
      name: "x.csv",
      header: EVENT_COLUMNS.slice(1),
      expected: null,
    },
    {
      description: "lets the name win over the header",
      name: "crude_monthly.csv",
      header: SOURCE_COLUMNS,
      expected: "crude_monthly",
    },
    {
      description: "knows nothing of a file without a name or header",
      name: "",
      header: null,
      expected: null,
    },
  ])("$description: $name", ({ name, header, expected }) => {
    expect(detectDataset(name, header)).toBe(expected);
  });
});
