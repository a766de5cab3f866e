// Why a tidy row is rejected, for the checks whose messages take more than a line to build.
// Only rejected rows come here.
import type { DatasetSpec, TIDY_COLUMNS } from "./datasets";
import type { RowError, Unit } from "./types";
import type { UnitRule } from "./units";
import { coerceIdentifier, type Coerced } from "./columns";
import { clip } from "./clip";
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
    const why = `Source "${clip(text)}" is not in sources.csv.`;
    errors.push({ row, column: "source_id", code: "unknown_source", message: why });
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
    return {
      code: "negative_value",
      message: `${clip(valueText)} ${unit} is negative; a volume cannot be.`,
    };
  }
  if (Math.abs(value) > rule.maxAbs) {
    return {
      code: "implausible_value",
      message: `${clip(valueText)} ${unit} is beyond any plausible figure (more than ${rule.maxAbs.toLocaleString("en-US")} ${unit}).`,
    };
  }
  if (bound && value < bound.min) {
    return {
      code: "below_minimum",
      message: `${clip(valueText)} ${unit} is below ${bound.min}; ${bound.what} cannot be.`,
    };
  }
  if (bound && value > bound.max) {
    return {
      code: "implausible_value",
      message: `${clip(valueText)} ${unit} is above ${bound.max}; ${bound.what} cannot be.`,
    };
  }
  return null;
}
