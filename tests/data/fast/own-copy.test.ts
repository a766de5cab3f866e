import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownCopy } from "@/lib/data/fast/own-copy";

describe("ownCopy(text): the same string, kept on its own", () => {
  it("is equal to a cut of a larger text, at every length around V8's 13-character limit", () => {
    const piece = `2024-03,russia_pipeline,"a note, with ""quotes"" — and ünïcödé 𝄞",x`;
    for (let length = 0; length <= piece.length; length++) {
      const cut = piece.slice(0, length);
      expect(ownCopy(cut)).toBe(cut);
      expect(ownCopy(cut).length).toBe(length);
    }
  });

  it("is equal to the plain definition (the string itself) for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.nat(), (text, from) => {
        const cut = text.slice(from % (text.length + 1));
        expect(ownCopy(cut)).toBe(cut);
      }),
      { seed: 20240516, numRuns: 500 },
    );
  });
});
