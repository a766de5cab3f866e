import { describe, expect, it } from "vitest";
import { wrapPieces } from "@/lib/intake/wrap";

describe("wrapPieces(text) offers breaks inside long words only", () => {
  it.each([
    { description: "an empty text is one empty piece", input: "", expected: [""] },
    {
      description: "ordinary words stay whole, with their spaces",
      input: "approximately 665,000 barrels a day",
      expected: ["approximately 665,000 barrels a day"],
    },
    {
      description: "a 23-character word is not long",
      input: "abcdefghijklmnopqrstuvw",
      expected: ["abcdefghijklmnopqrstuvw"],
    },
    {
      description: "a 24-character word breaks after 16",
      input: "abcdefghijklmnopqrstuvwx",
      expected: ["abcdefghijklmnop", "qrstuvwx"],
    },
    {
      // "https://example.com/" is 20 characters, the path 16: 36 in all.
      description:
        "a 36-character URL in a sentence breaks after 16 and 32; the words around it stay",
      input: "see https://example.com/abcdefghijklmnop here",
      expected: ["see https://example.", "com/abcdefghijkl", "mnop here"],
    },
    {
      description: "a character outside the BMP counts as one and is never split",
      input: `${"a".repeat(15)}😀${"b".repeat(10)}`,
      expected: [`${"a".repeat(15)}😀`, "b".repeat(10)],
    },
  ])("$description", ({ input, expected }) => {
    expect(wrapPieces(input)).toEqual(expected);
    expect(wrapPieces(input).join("")).toBe(input);
  });
});
