import { describe, expect, it } from "vitest";
import { cellParts } from "@/lib/intake/invisible";
import { describeInvisible, visible, withoutInvisible } from "@/lib/intake/invisible-words";
import { columnLetter, columnName, closest } from "@/lib/intake/distance";
import { ranges } from "@/lib/intake/notes";

describe("visible(text) writes out the characters a reader cannot see", () => {
  it.each([
    { description: "leaves plain text alone", input: "value", expected: "value" },
    {
      description: "names a no-break space",
      input: "value\u00a0",
      expected: "value⟨U+00A0 NO-BREAK SPACE⟩",
    },
    {
      description: "names a zero-width space",
      input: "a\u200bb",
      expected: "a⟨U+200B ZERO WIDTH SPACE⟩b",
    },
    {
      description: "names a byte-order mark inside the text",
      input: "\ufeffid",
      expected: "⟨U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)⟩id",
    },
    {
      description: "names a right-to-left override",
      input: "x\u202e",
      expected: "x⟨U+202E RIGHT-TO-LEFT OVERRIDE⟩",
    },
    {
      description: "names an isolate",
      input: "\u2067y\u2069",
      expected: "⟨U+2067 RIGHT-TO-LEFT ISOLATE⟩y⟨U+2069 POP DIRECTIONAL ISOLATE⟩",
    },
    {
      description: "names a control character",
      input: "a\u0007",
      expected: "a⟨U+0007 control character⟩",
    },
    {
      description: "keeps tabs and line breaks, ordinary in a note",
      input: "a\tb\nc",
      expected: "a\tb\nc",
    },
  ])("$description", ({ input, expected }) => expect(visible(input)).toBe(expected));
});

describe("describeInvisible(text)", () => {
  it.each([
    { input: "value", expected: null },
    { input: "value\u00a0", expected: '"value" followed by U+00A0 NO-BREAK SPACE' },
    { input: "\u200b", expected: "only U+200B ZERO WIDTH SPACE" },
    {
      input: "va\u00a0lue",
      expected: '"va⟨U+00A0 NO-BREAK SPACE⟩lue" (it holds U+00A0 NO-BREAK SPACE)',
    },
  ])("says where the invisible characters of $input are", ({ input, expected }) =>
    expect(describeInvisible(input)).toBe(expected),
  );

  it("withoutInvisible gives what the reader meant", () =>
    expect(withoutInvisible("val\u200bue\u00a0")).toBe("value"));
});

describe("column names and did-you-mean", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (index, letter) => expect(columnLetter(index)).toBe(letter));

  it.each([
    [0, "column A, the 1st"],
    [1, "column B, the 2nd"],
    [2, "column C, the 3rd"],
    [10, "column K, the 11th"],
    [21, "column V, the 22nd"],
  ])("column %i is named %s", (index, name) => expect(columnName(index)).toBe(name));

  it.each([
    { name: "valeu", expected: "value" },
    { name: "sourceid", expected: "source_id" },
    { name: "prd", expected: null },
    { name: "comment", expected: null },
  ])("closest($name) among the tidy columns is $expected", ({ name, expected }) =>
    expect(closest(name, ["period", "series", "value", "unit", "basis", "source_id", "note"])).toBe(
      expected,
    ),
  );
});

describe("ranges(numbers)", () => {
  it.each([
    { input: [2], expected: "2" },
    { input: [2, 3, 4], expected: "2–4" },
    { input: [2, 4], expected: "2 and 4" },
    { input: [1, 2, 5, 7, 8, 9], expected: "1–2, 5 and 7–9" },
    {
      input: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19],
      expected: "1, 3, 5, 7, 9, 11, 13, 15 and 2 more",
    },
  ])("writes $input as $expected", ({ input, expected }) => expect(ranges(input)).toBe(expected));
});

describe("cellParts(text) cuts a cell where its invisible characters are, for the dashboard", () => {
  it.each([
    { description: "an empty cell has no parts", input: "", expected: [] },
    { description: "plain text is one part", input: "Mt", expected: [{ text: "Mt" }] },
    {
      description: "a no-break space between words is named between them",
      input: "per\u00a0year",
      expected: [{ text: "per" }, { invisible: "U+00A0 NO-BREAK SPACE" }, { text: "year" }],
    },
    {
      description: "a right-to-left override is named, and the text it would reverse stays apart",
      input: "note \u202Etxt.exe",
      expected: [
        { text: "note " },
        { invisible: "U+202E RIGHT-TO-LEFT OVERRIDE" },
        { text: "txt.exe" },
      ],
    },
    {
      description: "two invisible characters in a row are two names",
      input: "\ufeff\u200b",
      expected: [
        { invisible: "U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)" },
        { invisible: "U+200B ZERO WIDTH SPACE" },
      ],
    },
    {
      description: "a control character is named; a tab and a line break are kept as text",
      input: "a\tb\u0000\nc",
      expected: [{ text: "a\tb" }, { invisible: "U+0000 control character" }, { text: "\nc" }],
    },
    {
      description: "right-to-left letters are text (the renderer isolates them), not controls",
      input: "\u05e9\u05dc\u05d5\u05dd",
      expected: [{ text: "\u05e9\u05dc\u05d5\u05dd" }],
    },
  ])("$description", ({ input, expected }) => expect(cellParts(input)).toEqual(expected));

  it("joined with each name written ⟨name⟩, the parts are visible(text)", () => {
    const input = "x\u00a0y\u2066z\u2069\u0007";
    const joined = cellParts(input)
      .map((p) => ("text" in p ? p.text : `⟨${p.invisible}⟩`))
      .join("");
    expect(joined).toBe(
      "x⟨U+00A0 NO-BREAK SPACE⟩y⟨U+2066 LEFT-TO-RIGHT ISOLATE⟩z⟨U+2069 POP DIRECTIONAL ISOLATE⟩⟨U+0007 control character⟩",
    );
    expect(joined).toBe(visible(input));
  });
});
