// Explicit coercion, one function per kind of column. Nothing is guessed: a cell is either
// exactly the form the column takes, or an error value saying what is wrong with it.
import { BASES, type Basis, type Period } from "./types";
import { periodOf } from "./period-code";
import { clip } from "./clip";
import { describeInvisible, hasInvisible } from "../intake/invisible";
import type { RowErrorCode } from "../intake/codes";

export type Coerced<T> =
  { ok: true; value: T } | { ok: false; code: RowErrorCode; message: string };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = <T>(code: RowErrorCode, message: string): Coerced<T> => ({ ok: false, code, message });

const isDigitCode = (c: number) => c >= 48 && c <= 57;

// 10^0 … 10^22 are exact doubles: a mantissa below 2^53 divided by one of them is the correctly
// rounded value, the same double Number(text) gives (Clinger's fast path).
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal as ARCHITECTURE.md's data model defines it (optional minus, digits without a leading
 * zero, optional point and digits), or `undefined` when text is not one. Read character by
 * character: it runs once per value cell of a file of a million rows.
 */
export function plainDecimalValue(text: string): number | undefined {
  const end = text.length;
  const negative = text.charCodeAt(0) === 45;
  let at = negative ? 1 : 0;
  const first = text.charCodeAt(at);
  if (!isDigitCode(first)) return undefined;
  let mantissa = first - 48;
  at += 1;
  if (first !== 48) {
    for (; at < end && isDigitCode(text.charCodeAt(at)); at += 1) {
      mantissa = mantissa * 10 + text.charCodeAt(at) - 48;
    }
  }
  let fractionDigits = 0;
  if (at < end) {
    if (text.charCodeAt(at) !== 46 || at + 1 === end) return undefined;
    for (at += 1; at < end; at += 1) {
      const c = text.charCodeAt(at);
      if (!isDigitCode(c)) return undefined;
      mantissa = mantissa * 10 + c - 48;
      fractionDigits += 1;
    }
  }
  if (mantissa > Number.MAX_SAFE_INTEGER || fractionDigits >= EXACT_POWERS_OF_TEN.length) {
    return Number(text);
  }
  const value = mantissa / EXACT_POWERS_OF_TEN[fractionDigits]!;
  return negative ? -value : value;
}

// Spaces a spreadsheet or a web page puts between thousands: a plain space, a no-break space,
// a narrow no-break space (French), a thin space.
const GROUP_SPACES = /^-?\d{1,3}([ \u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/;
const SPACE_NAMES: Record<string, string> = {
  " ": "a space",
  "\u00a0": "a no-break space (U+00A0)",
  "\u202f": "a narrow no-break space (U+202F)",
  "\u2009": "a thin space (U+2009)",
};
const CURRENCY = /^[-]?[$€£¥₽]|[$€£¥₽]$/;
const CURRENCY_NAMES: Record<string, string> = {
  $: "a dollar sign ($)",
  "€": "a euro sign (€)",
  "£": "a pound sign (£)",
  "¥": "a yen sign (¥)",
  "₽": "a rouble sign (₽)",
};

/** Why `text` is not a plain decimal, naming the sign or separator that is in the way. */
function whyNotDecimal(text: string): string {
  const t = text.trim();
  const q = `"${clip(text)}"`;
  if (t === "") return "The value is empty.";
  const grouped = GROUP_SPACES.exec(t);
  if (grouped) {
    const space = /[ \u00a0\u202f\u2009]/.exec(t)![0];
    return `${q} has ${SPACE_NAMES[space]} as a thousands separator; write ${t.replace(/[ \u00a0\u202f\u2009]/g, "").replace(",", ".")} if that is what you mean.`;
  }
  if (hasInvisible(text)) {
    const what = describeInvisible(text);
    return `${q} holds a character you cannot see: it is ${what}. Write the number alone.`;
  }
  if (t !== text) return `${q} has spaces around it; write the number alone.`;
  const plainOf = (s: string) => plainDecimalValue(s) !== undefined;
  if (t.endsWith("%") && plainOf(t.slice(0, -1).trim()))
    return `${q} has a percent sign (%); write ${t.slice(0, -1).trim()} and put % in the unit column.`;
  const currency = CURRENCY.exec(t);
  if (currency) {
    const sign = currency[0].replace("-", "");
    const rest = t.replace(sign, "");
    if (plainOf(rest))
      return `${q} has ${CURRENCY_NAMES[sign]}; write ${rest} and put the currency in the unit column (e.g. USD bn).`;
    return `${q} has ${CURRENCY_NAMES[sign]}; write the number alone and put the currency in the unit column.`;
  }
  if (t.charCodeAt(0) === 0x2212 && plainOf(t.slice(1)))
    return `${q} starts with the minus sign U+2212 (−); write it with the hyphen-minus: -${t.slice(1)}.`;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return `${q} has a comma (,) as a thousands separator; write ${t.replace(/,/g, "")} if that is what you mean.`;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) && t.includes(","))
    return `${q} has points (.) between thousands and a decimal comma (,); write ${t.replace(/\./g, "").replace(",", ".")} if that is what you mean.`;
  if (/^-?\d{1,3}('\d{3})+(\.\d+)?$/.test(t))
    return `${q} has an apostrophe (') as a thousands separator; write ${t.replace(/'/g, "")} if that is what you mean.`;
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(t))
    return `${q} is in scientific notation; write it as a plain decimal (e.g. 1000, 0.0015).`;
  if (/^\+/.test(t)) return `${q} starts with "+"; write the number without a sign.`;
  if (/^-?0\d/.test(t)) return `${q} has a leading zero; write the number without it.`;
  if (/^-?\.\d/.test(t) || /\.$/.test(t))
    return `${q} needs a digit on both sides of the decimal point.`;
  if (/^-?(nan|infinity|inf)$/i.test(t)) return `${q} is not a finite number.`;
  if (/^-?\d+,\d+$/.test(t))
    return `${q} uses a comma (,) as the decimal separator; write it with a point: ${t.replace(",", ".")}.`;
  return `${q} is not a number.`;
}

/** A plain decimal as ARCHITECTURE.md's data model defines it: optional minus, digits, optional fraction. */
export function coerceDecimal(text: string): Coerced<number> {
  const value = plainDecimalValue(text);
  if (value === undefined) return fail("not_a_number", whyNotDecimal(text));
  return ok(value);
}

const BAD_PERIOD = (text: string) =>
  fail<Period>(
    "bad_period",
    `"${clip(text)}" is not a period: write a year (2023), a month (2023-06), months of one year (2023-01/09) or years (2018/2019), between 1990 and 2100.`,
  );

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
  return fail("unknown_basis", `"${clip(text)}" is not a basis; use one of: ${BASES.join(", ")}.`);
}

const IDENTIFIER = /^[a-z0-9][a-z0-9_-]*$/;

export function coerceIdentifier(text: string): Coerced<string> {
  if (IDENTIFIER.test(text)) return ok(text);
  if (text === "") return fail("empty_value", "This cell is empty.");
  return fail(
    "bad_identifier",
    `"${clip(text)}" is not an identifier: use lower-case letters, digits, "_" and "-".`,
  );
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
  return fail(
    "bad_date",
    `"${clip(text)}" is not a date: write YYYY-MM-DD, or YYYY-MM when only the month is known.`,
  );
}

export function coerceRequiredText(text: string): Coerced<string> {
  if (text.trim() === "") return fail("empty_value", "This cell is empty.");
  return ok(text);
}
