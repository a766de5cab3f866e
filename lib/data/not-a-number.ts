// Why a cell is not a plain decimal, naming the sign or separator in the way: the message of
// the not_a_number code (lib/data/messages.ts).
import { clip } from "./clip";
import { plainDecimalValue } from "./fast/decimal";
import { hasInvisible } from "../intake/invisible";
import { describeInvisible } from "../intake/invisible-words";

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
export function whyNotDecimal(text: string): string {
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
