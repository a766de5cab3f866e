import { describe, expect, it } from "vitest";
import { createLineEndNormaliser, normaliseLineEnds } from "@/lib/csv/line-ends";

describe("normaliseLineEnds", () => {
  it.each([
    { description: "leaves LF text untouched", input: "a,b\n1,2\n", expected: "a,b\n1,2\n" },
    { description: "turns CRLF into LF", input: "a,b\r\n1,2\r\n", expected: "a,b\n1,2\n" },
    { description: "turns a lone CR into LF", input: "a,b\r1,2\r", expected: "a,b\n1,2\n" },
    {
      description: "reads a mix of CRLF, LF and CR as three row ends",
      input: "a\r\nb\nc\rd",
      expected: "a\nb\nc\nd",
    },
    {
      description: "keeps a CRLF inside quotes as data",
      input: 'a,"x\r\ny"\r\n',
      expected: 'a,"x\r\ny"\n',
    },
    { description: "keeps a lone CR inside quotes", input: '"x\ry"\r', expected: '"x\ry"\n' },
    {
      description: 'counts an escaped quote ("") as still inside',
      input: '"a""\r\nb"\r\n',
      expected: '"a""\r\nb"\n',
    },
    {
      description: "turns two CRs into two row ends (a blank line)",
      input: "a\r\rb",
      expected: "a\n\nb",
    },
  ])("$description", ({ input, expected }) => {
    expect(normaliseLineEnds(input)).toBe(expected);
  });
});

describe("createLineEndNormaliser, fed in pieces", () => {
  it.each([
    {
      description: "a CRLF split between pieces stays one row end",
      pieces: ["a\r", "\nb"],
      expected: "a\nb",
    },
    {
      description: "a CR at a piece's end before another CR gives two row ends",
      pieces: ["a\r", "\rb"],
      expected: "a\n\nb",
    },
    {
      description: "the in-quotes state carries over a piece with no CR",
      pieces: ['"x', "y", '\r\nz"\r\n'],
      expected: '"xy\r\nz"\n',
    },
    {
      description: "a quote closed in a later piece ends the quoted part there",
      pieces: ['"a\r', '\n"', "\r\nb"],
      expected: '"a\r\n"\nb',
    },
  ])("$description", ({ pieces, expected }) => {
    const normalise = createLineEndNormaliser();
    expect(pieces.map(normalise).join("")).toBe(expected);
  });

  it("gives the same text in pieces of every size as whole", () => {
    const text = 'h1,h2\r\n"q\r\nq",1\n2,"a""b"\r3,4\r\n';
    const whole = normaliseLineEnds(text);
    for (let size = 1; size <= text.length; size++) {
      const normalise = createLineEndNormaliser();
      const pieces: string[] = [];
      for (let at = 0; at < text.length; at += size)
        pieces.push(normalise(text.slice(at, at + size)));
      expect(pieces.join(""), `pieces of ${size}`).toBe(whole);
    }
  });
});
