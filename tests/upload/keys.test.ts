// The merge keys (lib/upload/keys.ts) are written by hand, one per kind of row; each must be the
// primary key its file declares (lib/data/registry.ts), or an upload would replace rows the
// validator counts as different, or keep two it counts as one. Held here on every published
// file a reader may upload, row by row: the key of the typed row against the key's cells as the
// file writes them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsvText } from "@/lib/csv/read";
import { DATA_FILES, schemaOf } from "@/lib/data/registry";
import { validateCsvText } from "@/lib/data/validate";
import type { Factor, Observation, Source, TimelineEvent } from "@/lib/data/types";
import { eventKey, factorKey, observationKey, sourceKey } from "@/lib/upload/keys";
import { DATA_DIR } from "../support/data";

const SUPPORT_KEYS: Record<string, (row: never) => string> = {
  sources: (s: Source) => sourceKey(s),
  factors: (f: Factor) => factorKey(f),
  events: (e: TimelineEvent) => eventKey(e),
};
const keyOf = (name: string) =>
  SUPPORT_KEYS[name] ?? ((o: Observation) => observationKey(o) as string);

const uploadable = DATA_FILES.filter((f) => f.uploadable);

describe("each merge key is its file's primary key", () => {
  it("covers every file a reader may upload (the premise)", () => {
    expect(uploadable.map((f) => f.name)).toEqual(
      expect.arrayContaining(["sources", "factors", "events", "crude_annual", "gas_china"]),
    );
    expect(uploadable.every((f) => f.primaryKey.length > 0)).toBe(true);
  });

  it.each(uploadable.map((f) => [f.file, f] as const))(
    "%s: the key of each published row is its primary key's cells, as written",
    (_file, spec) => {
      const text = readFileSync(path.join(DATA_DIR, spec.file), "utf8");
      const sourceIds = new Set(
        readCsvText(readFileSync(path.join(DATA_DIR, "sources.csv"), "utf8")).records.map(
          (r) => r.fields[0]!,
        ),
      );
      const report = validateCsvText(text, schemaOf(spec.name, sourceIds));
      expect(report.errors).toEqual([]);
      const table = readCsvText(text);
      const at = spec.primaryKey.map((column) => table.header!.fields.indexOf(column));
      expect(at).not.toContain(-1);
      const cellsOfRow = new Map(table.records.map((r) => [r.row, r.fields]));
      const rowsOf = report.valid as { row?: number }[];
      expect(rowsOf.length).toBeGreaterThan(0);
      const key = keyOf(spec.name) as (row: unknown) => string;
      rowsOf.forEach((typed, i) => {
        // Typed rows of the support files carry no row number: they are in the file's order.
        const cells =
          typed.row === undefined ? table.records[i]!.fields : cellsOfRow.get(typed.row)!;
        expect(key(typed)).toBe(at.map((c) => cells[c]).join("\u0000"));
      });
    },
  );
});
