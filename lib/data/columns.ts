// Explicit coercion, one function per kind of column. Nothing is guessed: a cell is either
// exactly the form the column takes, or an error value saying what is wrong with it.
import { BASES, type Basis, type Period } from "./types";
import { parsePeriod } from "./period";
import { clip } from "./clip";

export type Coerced<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = <T>(code: string, message: string): Coerced<T> => ({ ok: false, code, message });

const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function whyNotDecimal(text: string): string {
  const t = text.trim();
  if (t === "") return "The value is empty.";
  if (t !== text) return `"${clip(text)}" has spaces around it; write the number alone.`;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return `"${clip(text)}" has a thousands separator; write ${t.replace(/,/g, "")} if that is what you mean.`;
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(t))
    return `"${clip(text)}" is in scientific notation; write it as a plain decimal (e.g. 1000, 0.0015).`;
  if (/^\+/.test(t)) return `"${clip(text)}" starts with "+"; write the number without a sign.`;
  if (/^-?0\d/.test(t)) return `"${clip(text)}" has a leading zero; write the number without it.`;
  if (/^-?\.\d/.test(t) || /\.$/.test(t))
    return `"${clip(text)}" needs a digit on both sides of the decimal point.`;
  if (/^-?(nan|infinity|inf)$/i.test(t)) return `"${clip(text)}" is not a finite number.`;
  if (/^-?\d+,\d+$/.test(t)) return `"${clip(text)}" uses a decimal comma; write it with a point.`;
  return `"${clip(text)}" is not a number.`;
}

/** A plain decimal as DESIGN.md defines it: optional minus, digits, optional fraction. */
export function coerceDecimal(text: string): Coerced<number> {
  if (!PLAIN_DECIMAL.test(text)) return fail("not_a_number", whyNotDecimal(text));
  return ok(Number(text));
}

// A file repeats the same few hundred periods, bases and source ids across its rows: their
// results are kept (bounded), so a million rows do not parse "2023" a million times.
function memo<T>(
  coerce: (text: string) => Coerced<T>,
  // Above the 14,874 period labels 1990–2100 allows, so a full file never clears the cache.
  limit = 20_000,
): (text: string) => Coerced<T> {
  const cache = new Map<string, Coerced<T>>();
  return (text) => {
    // A long cell is no repeated label; keeping it would only hold memory.
    if (text.length > 64) return coerce(text);
    let result = cache.get(text);
    if (result === undefined) {
      result = coerce(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

export const coercePeriod = memo((text: string): Coerced<Period> => {
  const period = parsePeriod(text);
  if (period) return ok(Object.freeze(period));
  return fail(
    "bad_period",
    `"${clip(text)}" is not a period: write a year (2023), a month (2023-06), months of one year (2023-01/09) or years (2018/2019), between 1990 and 2100.`,
  );
});

export const coerceBasis = memo(function coerceBasis(text: string): Coerced<Basis> {
  if ((BASES as readonly string[]).includes(text)) return ok(text as Basis);
  return fail("unknown_basis", `"${clip(text)}" is not a basis; use one of: ${BASES.join(", ")}.`);
});

const IDENTIFIER = /^[a-z0-9][a-z0-9_-]*$/;

export const coerceIdentifier = memo(function coerceIdentifier(text: string): Coerced<string> {
  if (IDENTIFIER.test(text)) return ok(text);
  if (text === "") return fail("empty_value", "This cell is empty.");
  return fail(
    "bad_identifier",
    `"${clip(text)}" is not an identifier: use lower-case letters, digits, "_" and "-".`,
  );
});

const DATE = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A calendar date as precise as its source: `2024-05-16` or `2022-02`. */
export function coerceDate(text: string): Coerced<string> {
  const m = DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[4] === undefined ? 1 : Number(m[4])];
    // Date.UTC rolls 2023-02-30 over into March: a real date survives the round trip.
    if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d) return ok(text);
  }
  return fail(
    "bad_date",
    `"${clip(text)}" is not a date: write YYYY-MM-DD, or YYYY-MM when only the month is known.`,
  );
}

export function coerceRequiredText(text: string): Coerced<string> {
  if (text.trim() === "") return fail("empty_value", "This cell is empty.");
  return ok(text);
}
