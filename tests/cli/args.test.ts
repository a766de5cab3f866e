import { describe, expect, it } from "vitest";
import { oneOf, parseArgs } from "@/lib/cli/args";

const ALLOWED = ["data", "format"];

describe("parseArgs", () => {
  it.each([
    {
      description: "reads a flag and its value as two arguments",
      argv: ["--format", "json"],
      expected: { ok: true, flags: { format: "json" }, positional: [], help: false },
    },
    {
      description: "reads --name=value as one argument",
      argv: ["--format=csv"],
      expected: { ok: true, flags: { format: "csv" }, positional: [], help: false },
    },
    {
      description: "keeps everything after the first = as the value",
      argv: ["--data=a=b"],
      expected: { ok: true, flags: { data: "a=b" }, positional: [], help: false },
    },
    {
      description: "keeps positional arguments in order around flags",
      argv: ["a.csv", "--data", "dir", "b.csv"],
      expected: { ok: true, flags: { data: "dir" }, positional: ["a.csv", "b.csv"], help: false },
    },
    {
      description: "reads --help, and -h, as asking for help",
      argv: ["-h"],
      expected: { ok: true, flags: {}, positional: [], help: true },
    },
    {
      description: "refuses an unknown flag",
      argv: ["--verbose"],
      expected: { ok: false, message: "unknown option --verbose" },
    },
    {
      description: "refuses a flag without a value",
      argv: ["--format"],
      expected: { ok: false, message: "--format needs a value" },
    },
  ])("$description", ({ argv, expected }) => {
    expect(parseArgs(argv, ALLOWED)).toEqual(expected);
  });
});

describe("oneOf", () => {
  const FORMATS = ["text", "json"] as const;
  it.each([
    {
      description: "gives the fallback when the flag is absent",
      value: undefined,
      expected: "text",
    },
    { description: "gives an allowed value", value: "json", expected: "json" },
    { description: "gives null for a value not allowed", value: "xml", expected: null },
    { description: "is case-sensitive", value: "JSON", expected: null },
  ])("$description", ({ value, expected }) => {
    expect(oneOf(value, FORMATS, "text")).toBe(expected);
  });
});
