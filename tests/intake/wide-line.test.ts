import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineAsWideAsARow } from "@/lib/intake/intake";

/** The plain definition: split the cell into lines, and each line at the delimiter. */
function plain(cell: string, delimiter: string, width: number): string | null {
  for (const line of cell.split(/\r\n|\n|\r/).slice(1)) {
    if (line.split(delimiter).length >= width) return line;
  }
  return null;
}

describe("lineAsWideAsARow(cell, delimiter, width)", () => {
  it.each([
    { cell: "one line, with, commas", width: 3, expected: null },
    { cell: "a note\non two lines", width: 3, expected: null },
    { cell: "x\n2023,russia,5", width: 3, expected: "2023,russia,5" },
    { cell: "x\r\n2023,russia,5\r\nmore", width: 3, expected: "2023,russia,5" },
    { cell: "x\r2023,russia\r1,2,3", width: 3, expected: "1,2,3" },
    { cell: "x\n\n,,", width: 3, expected: ",," },
    { cell: "x\n,,", width: 4, expected: null },
  ])("finds $expected in $cell (width $width)", ({ cell, width, expected }) => {
    expect(lineAsWideAsARow(cell, ",", width)).toBe(expected);
  });

  it("finds what splitting into lines and cells finds (fast-check, seeded)", () => {
    const cell = fc
      .array(fc.constantFrom("a", ",", ";", "\n", "\r", "\r\n", " "), { maxLength: 30 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(cell, fc.constantFrom(",", ";"), fc.integer({ min: 2, max: 5 }), (c, d, w) => {
        expect(lineAsWideAsARow(c, d, w)).toBe(plain(c, d, w));
      }),
      { seed: 20240516, numRuns: 5_000 },
    );
  });
});
