import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/decode";

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvBytes", () => {
  it.each([
    { description: "reads plain ASCII as UTF-8", input: utf8("a,b\n1,2\n"), text: "a,b\n1,2\n" },
    {
      description: "reads multi-byte UTF-8 (é, –, 萬)",
      input: utf8("note\né – 500萬噸\n"),
      text: "note\né – 500萬噸\n",
    },
    { description: "reads an empty file as empty text", input: bytes(), text: "" },
    {
      description: "drops a UTF-8 byte-order mark (EF BB BF)",
      input: bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62),
      text: "a,b",
    },
  ])("$description", ({ input, text }) => {
    expect(decodeCsvBytes(input)).toEqual({ ok: true, text, encoding: "utf-8" });
  });

  it.each([
    {
      description: "reads UTF-16LE announced by FF FE, without the mark",
      // "a,b" = 61 00, 2C 00, 62 00 in little-endian UTF-16
      input: bytes(0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00),
      expected: { ok: true, text: "a,b", encoding: "utf-16le" },
    },
    {
      description: "reads UTF-16BE announced by FE FF, without the mark",
      input: bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0x62),
      expected: { ok: true, text: "a,b", encoding: "utf-16be" },
    },
  ])("$description", ({ input, expected }) => {
    expect(decodeCsvBytes(input)).toEqual(expected);
  });

  it.each([
    {
      description: "refuses bytes with a NUL as binary (a zip file's signature)",
      input: bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00),
      code: "binary_file",
    },
    {
      description: "refuses UTF-16 without a byte-order mark as binary (its NUL high bytes)",
      input: bytes(0x61, 0x00, 0x2c, 0x00, 0x62, 0x00),
      code: "binary_file",
    },
    {
      description: "refuses a NUL at the very end of otherwise plain text",
      input: bytes(0x61, 0x2c, 0x62, 0x0a, 0x00),
      code: "binary_file",
    },
    {
      description:
        "refuses a run of upper-half bytes (Cyrillic in Windows-1251: Россия) as not UTF-8, rather than read it as Windows-1252",
      input: bytes(0xd0, 0xee, 0xf1, 0xf1, 0xe8, 0xff, 0x0a),
      code: "bad_encoding",
    },
    {
      description: "refuses a truncated UTF-8 sequence (C3 with no continuation byte)",
      input: bytes(0x61, 0xc3),
      code: "bad_encoding",
    },
  ])("$description", ({ input, code }) => {
    const result = decodeCsvBytes(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    // The message tells the reader what to do, in one line.
    expect(result.message).toMatch(/UTF-8/);
    expect(result.message).not.toContain("\n");
  });
});

describe("decodeCsvBytes on a file Excel saved as Windows-1252", () => {
  it("reads café, an en dash and curly quotes (E9, 96, 93/94) as Windows-1252, and says so", () => {
    const result = decodeCsvBytes(
      Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x0a]),
    );
    expect(result).toEqual({ ok: true, text: "café – “q”\n", encoding: "windows-1252" });
  });
});
