// Why a tidy row is rejected, for the checks whose messages take more than a line to build.
// Only rejected rows come here.
import { problem } from "./messages";
import type { DatasetSpec, TIDY_COLUMNS } from "./datasets";
import type { RowError, Unit } from "./types";
import type { UnitRule } from "./units";
import { coerceIdentifier, type Coerced } from "./columns";
import type { RowErrorCode } from "../intake/codes";

export type TidyColumn = (typeof TIDY_COLUMNS)[number];
export type Bound = NonNullable<DatasetSpec["bounds"]>[string];

/** A failed coercion as the row's error; only called on the rejected path. */
export function failWith(
  errors: RowError[],
  row: number,
  column: TidyColumn,
  result: Coerced<unknown>,
) {
  if (!result.ok) errors.push({ row, column, code: result.code, message: result.message });
}

/** Why a source id not among the known valid ones is rejected: not an identifier, or unknown. */
export function sourceIdProblem(
  errors: RowError[],
  row: number,
  text: string,
  knownSourceIds: ReadonlySet<string>,
) {
  const id = coerceIdentifier(text);
  if (!id.ok) failWith(errors, row, "source_id", id);
  else if (!knownSourceIds.has(text)) {
    errors.push({ row, column: "source_id", ...problem("unknown_source", text) });
  }
}

/** A value outside what its unit (and, tighter, its series) allows, or `null` when it is inside. */
export function rangeProblem(
  value: number,
  valueText: string,
  unit: Unit,
  rule: UnitRule,
  bound: Bound | undefined,
): { code: RowErrorCode; message: string } | null {
  if (value < 0 && !rule.negativeAllowed) {
    return problem("negative_value", valueText, unit);
  }
  if (Math.abs(value) > rule.maxAbs) {
    return problem("implausible_value", valueText, unit, rule.maxAbs, null);
  }
  if (bound && value < bound.min) {
    return problem("below_minimum", valueText, unit, bound.min, bound.what);
  }
  if (bound && value > bound.max) {
    return problem("implausible_value", valueText, unit, bound.max, bound.what);
  }
  return null;
}
