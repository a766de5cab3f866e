// What a valid row of ledger.csv is: one figure as one outlet's page states it. The same
// quantity and period may have several rows (that is the point); one page states it once.
import type { LedgerEntry } from "../data/types";
import type { TableSchema } from "../data/validate-table";
import { coerceDecimal, coerceIdentifier, coercePeriod } from "../data/columns";
import { isUnit } from "../data/units";
import { UNITS } from "../data/types";
import { problem } from "../data/messages";
import { RowCollector, sourceCheck } from "../data/row-collector";

export const LEDGER_COLUMNS = ["quantity", "period", "value", "unit", "source_id", "note"] as const;
type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

export function ledgerSchema(
  knownSourceIds: ReadonlySet<string>,
): TableSchema<LedgerEntry, LedgerColumn> {
  return {
    dataset: "ledger",
    columns: LEDGER_COLUMNS,
    primaryKey: ["quantity", "period", "unit", "source_id"],
    coerceRow(cells, at, row, errors) {
      const c = new RowCollector(cells, at, row, errors);
      const quantity = c.take("quantity", coerceIdentifier(c.cell("quantity")));
      const period = c.take("period", coercePeriod(c.cell("period")));
      const valueText = c.cell("value");
      const value = c.take("value", coerceDecimal(valueText));
      const unitText = c.cell("unit");
      if (!isUnit(unitText)) {
        c.problem("unit", problem("unknown_unit", unitText, null, UNITS.join(", ")));
      }
      const sourceId = c.take("source_id", coerceIdentifier(c.cell("source_id")));
      sourceCheck(knownSourceIds, c, sourceId);
      if (c.failed || !quantity || !period || value === undefined || !sourceId) return null;
      if (!isUnit(unitText)) return null;
      return {
        row,
        quantity,
        period,
        value,
        valueText,
        unit: unitText,
        sourceId,
        note: c.cell("note"),
      };
    },
  };
}
