// Explicit coercion, one function per kind of column. Nothing is guessed: a cell is either
// exactly the form the column takes, or an error value saying what is wrong with it.
import { plainDecimalValue } from "./fast/decimal";
import { problem } from "./messages";
import { BASES, type Basis, type Period } from "./types";
import { periodOf } from "./fast/period-code";
import type { RowErrorCode } from "../intake/codes";

export type Coerced<T> =
  { ok: true; value: T } | { ok: false; code: RowErrorCode; message: string };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = <T>(p: { code: RowErrorCode; message: string }): Coerced<T> => ({ ok: false, ...p });

/** A plain decimal as ARCHITECTURE.md's data model defines it: optional minus, digits, optional fraction. */
export function coerceDecimal(text: string): Coerced<number> {
  const value = plainDecimalValue(text);
  if (value === undefined) return fail(problem("not_a_number", text));
  return ok(value);
}

const BAD_PERIOD = (text: string) => fail<Period>(problem("bad_period", text));

/** The shared frozen Period of a label (see period-code.ts), or why the label is not one. */
export function coercePeriod(text: string): Coerced<Period> {
  const period = periodOf(text);
  return period ? ok(period) : BAD_PERIOD(text);
}

/** The basis as the one shared string that names it: rows then hold no copy of the file. */
export function basisOf(text: string): Basis | undefined {
  // Four names that differ in their first letter: comparing is cheaper than hashing the cell.
  for (const basis of BASES) if (text === basis) return basis;
  return undefined;
}

export function coerceBasis(text: string): Coerced<Basis> {
  const basis = basisOf(text);
  if (basis) return ok(basis);
  return fail(problem("unknown_basis", text, BASES));
}

const IDENTIFIER = /^[a-z0-9][a-z0-9_-]*$/;

export function coerceIdentifier(text: string): Coerced<string> {
  if (IDENTIFIER.test(text)) return ok(text);
  if (text === "") return fail(problem("empty_value"));
  return fail(problem("bad_identifier", text));
}

const DATE = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A calendar date as precise as its source: `2024-05-16` or `2022-02`. */
export function coerceDate(text: string): Coerced<string> {
  const m = DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[4] === undefined ? 1 : Number(m[4])];
    // Date.UTC rolls 2023-02-30 over into March: a real date survives the round trip.
    if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d) return ok(text);
  }
  return fail(problem("bad_date", text, "YYYY-MM-DD, or YYYY-MM when only the month is known"));
}

export function coerceRequiredText(text: string): Coerced<string> {
  if (text.trim() === "") return fail(problem("empty_value"));
  return ok(text);
}
