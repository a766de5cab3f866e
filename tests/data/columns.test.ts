import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  coerceBasis,
  coerceDate,
  coerceDecimal,
  coerceIdentifier,
  coercePeriod,
  coerceRequiredText,
} from "@/lib/data/columns";
import { plainDecimalValue } from "@/lib/data/fast/decimal";

describe("coerceDecimal", () => {
  it.each([
    { description: "accepts zero", input: "0", expected: 0 },
    { description: "accepts an integer", input: "38", expected: 38 },
    { description: "accepts a decimal", input: "107.02", expected: 107.02 },
    { description: "accepts a decimal below one", input: "0.382", expected: 0.382 },
    { description: "accepts trailing zeros, keeping the value", input: "10.50", expected: 10.5 },
    { description: "accepts a negative decimal", input: "-8.50", expected: -8.5 },
  ])("$description ($input)", ({ input, expected }) => {
    expect(coerceDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    {
      description: "rejects a thousands separator",
      input: "1,234",
      why: "thousands separator; write 1234",
    },
    {
      description: "rejects a thousands separator with decimals",
      input: "1,234.5",
      why: "write 1234.5",
    },
    { description: "rejects scientific notation", input: "1e3", why: "scientific notation" },
    {
      description: "rejects signed scientific notation",
      input: "+1.5E-03",
      why: "scientific notation",
    },
    { description: "rejects a leading +", input: "+1.5", why: 'starts with "+"' },
    { description: "rejects a leading zero", input: "007", why: "leading zero" },
    { description: "rejects a negative leading zero", input: "-07", why: "leading zero" },
    { description: "rejects NaN", input: "NaN", why: "not a finite number" },
    { description: "rejects Infinity", input: "Infinity", why: "not a finite number" },
    { description: "rejects -inf", input: "-inf", why: "not a finite number" },
    {
      description: "rejects a decimal comma, naming the comma and what to write",
      input: "77,64",
      why: "uses a comma (,) as the decimal separator; write it with a point: 77.64",
    },
    {
      description: "rejects a percent sign, naming it",
      input: "19%",
      why: "has a percent sign (%); write 19",
    },
    {
      description: "rejects a dollar sign, naming it",
      input: "$4.34",
      why: "has a dollar sign ($); write 4.34",
    },
    {
      description: "rejects a space between thousands, naming it",
      input: "107 020",
      why: "has a space as a thousands separator; write 107020",
    },
    {
      description: "rejects a no-break space between thousands, naming it",
      input: "107\u00a0020",
      why: "has a no-break space (U+00A0) as a thousands separator",
    },
    {
      description: "rejects points between thousands with a decimal comma",
      input: "1.234,5",
      why: "points (.) between thousands and a decimal comma (,); write 1234.5",
    },
    {
      description: "rejects a zero-width space after the number, naming it",
      input: "2.14\u200b",
      why: '"2.14" followed by U+200B ZERO WIDTH SPACE',
    },
    { description: "rejects a missing digit before the point", input: ".5", why: "both sides" },
    { description: "rejects a missing digit after the point", input: "5.", why: "both sides" },
    { description: "rejects spaces around the number", input: " 2.14", why: "spaces around it" },
    { description: "rejects a trailing CR", input: "2.14\r", why: "spaces around it" },
    { description: "rejects an empty cell", input: "", why: "empty" },
    { description: "rejects words", input: "abc", why: "is not a number" },
    {
      description: "rejects a unit written in the cell",
      input: "2.14 mb/d",
      why: "is not a number",
    },
    { description: "rejects hexadecimal", input: "0x1F", why: "is not a number" },
    {
      description: "rejects a typographic minus (U+2212), naming it",
      input: "\u22125",
      why: "starts with the minus sign U+2212 (−); write it with the hyphen-minus: -5",
    },
    { description: "rejects a lone minus", input: "-", why: "is not a number" },
  ])("$description ($input)", ({ input, why }) => {
    const result = coerceDecimal(input);
    expect(result).toMatchObject({ ok: false, code: "not_a_number" });
    if (!result.ok) expect(result.message).toContain(why);
  });

  it("clips a huge cell in its message to 40 characters and an ellipsis", () => {
    const result = coerceDecimal("x".repeat(100_000));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(`"${"x".repeat(40)}…"`);
      expect(result.message.length).toBeLessThan(100);
    }
  });
});

describe("coercePeriod", () => {
  it("accepts a month span, returning the parsed period", () => {
    expect(coercePeriod("2023-01/09")).toMatchObject({
      ok: true,
      value: { label: "2023-01/09", months: 9 },
    });
  });

  it.each(["2023-13", "2023-09/01", "2201", "Q1 2023"])("rejects %s as bad_period", (input) => {
    expect(coercePeriod(input)).toMatchObject({ ok: false, code: "bad_period" });
  });
});

describe("coerceBasis", () => {
  it.each(["reported", "derived", "estimate", "capacity"])("accepts %s", (input) => {
    expect(coerceBasis(input)).toEqual({ ok: true, value: input });
  });

  it.each(["Reported", "reported ", "", "measured"])("rejects %j as unknown_basis", (input) => {
    expect(coerceBasis(input)).toMatchObject({ ok: false, code: "unknown_basis" });
  });
});

describe("coerceIdentifier", () => {
  it.each(["article-oil", "s", "0", "tass-power-of-siberia-2023", "a_b"])("accepts %s", (input) => {
    expect(coerceIdentifier(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    { description: "rejects upper case", input: "Article", code: "bad_identifier" },
    { description: "rejects a space", input: "article oil", code: "bad_identifier" },
    { description: "rejects a leading hyphen", input: "-a", code: "bad_identifier" },
    { description: "rejects a leading underscore", input: "_a", code: "bad_identifier" },
    { description: "rejects an accented letter", input: "café", code: "bad_identifier" },
    { description: "rejects a dot", input: "a.b", code: "bad_identifier" },
    { description: "reports an empty cell as empty_value", input: "", code: "empty_value" },
  ])("$description ($input)", ({ input, code }) => {
    expect(coerceIdentifier(input)).toMatchObject({ ok: false, code });
  });
});

describe("coerceDate", () => {
  it.each(["2024-05-16", "2022-02", "2019-12-02", "2024-02-29"])("accepts %s", (input) => {
    expect(coerceDate(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    { description: "rejects a day-first date", input: "16/05/2024" },
    { description: "rejects a written-out date", input: "16 May 2024" },
    { description: "rejects a year alone", input: "2024" },
    { description: "rejects month 13", input: "2024-13-01" },
    { description: "rejects month 00", input: "2024-00-01" },
    { description: "rejects day 32", input: "2024-05-32" },
    { description: "rejects day 00", input: "2024-05-00" },
    { description: "rejects one-digit month and day", input: "2024-5-6" },
    { description: "rejects an empty cell", input: "" },
  ])("$description ($input)", ({ input }) => {
    expect(coerceDate(input)).toMatchObject({ ok: false, code: "bad_date" });
  });

  // Days that no calendar has are not dates, though each part is in range.
  it.each([
    { description: "rejects 30 February", input: "2023-02-30" },
    { description: "rejects 29 February in a common year", input: "2023-02-29" },
    { description: "rejects 31 April", input: "2023-04-31" },
  ])("$description ($input)", ({ input }) => {
    expect(coerceDate(input)).toMatchObject({ ok: false, code: "bad_date" });
  });
});

describe("coerceRequiredText", () => {
  it.each(["x", " padded ", "a, b"])("accepts %j unchanged", (input) => {
    expect(coerceRequiredText(input)).toEqual({ ok: true, value: input });
  });

  it.each(["", "   ", "\t"])("rejects %j as empty_value", (input) => {
    expect(coerceRequiredText(input)).toMatchObject({ ok: false, code: "empty_value" });
  });
});

describe("plainDecimalValue", () => {
  const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

  it.each([
    "0",
    "-0",
    "-0.0",
    "0.1",
    "0.30000000000000004",
    "123.456",
    "-5",
    "9007199254740991",
    "9007199254740993",
    "12345678901234567890.5",
    "1." + "0".repeat(30) + "1",
    "1".repeat(400),
    "0.0000000000000000000001",
  ])("gives Number(%j), bit for bit", (text) => {
    expect(Object.is(plainDecimalValue(text), Number(text))).toBe(true);
  });

  it("accepts exactly what the plain-decimal pattern accepts, with the value Number gives", () => {
    const decimal = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."0123456789-.+e, "), maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
    );
    fc.assert(
      fc.property(decimal, (text) => {
        const value = plainDecimalValue(text);
        if (!PLAIN_DECIMAL.test(text)) expect(value).toBeUndefined();
        else expect(Object.is(value, Number(text))).toBe(true);
      }),
      { seed: 20240516, numRuns: 20_000 },
    );
  });
});
