// Every error code lib writes is one of the closed set in lib/intake/codes.ts: the source is read
// for the codes it passes as string literals, where modules do not yet type them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRowErrorCode, ROW_ERROR_CODES } from "@/lib/intake/codes";
import { REPO_ROOT } from "../support/data";

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });

// `code: "x"`, `fail("x", …)`, `.add(column, "x", …)`, `rejectWith(row, col, "x", …)`,
// `problem("x", …)` (lib/data/messages.ts: one builder per code).
const PATTERNS = [
  /(?<![.\w])problem\(\s*"([a-z_]+)"/g,
  /\bcode: "([a-z_]+)"/g,
  /\bfail(?:<\w+>)?\(\s*"([a-z_]+)"/g,
  /\.add\(\s*[^,]+,\s*"([a-z_]+)"/g,
  /rejectWith\([^,]+,\s*[^,]+,\s*"([a-z_]+)"/g,
];

describe("row error codes", () => {
  const where = ["lib/data", "lib/csv", "lib/intake", "lib/upload"].flatMap((d) =>
    files(path.join(REPO_ROOT, d)),
  );
  const found = new Map<string, string>();
  for (const file of where) {
    const text = readFileSync(file, "utf8");
    for (const pattern of PATTERNS)
      for (const m of text.matchAll(pattern)) found.set(m[1]!, path.relative(REPO_ROOT, file));
  }
  // Intake notes and decoder results share the `code:` spelling; they are not row errors.
  const NOT_ROW_ERRORS = new Set([
    "encoding",
    "sep_line",
    "delimiter",
    "backslash_quotes",
    "above_header",
    "blank_lines",
    "empty_rows",
    "multiline_rows",
    "renamed_columns",
    "padding_columns",
    "index_column",
    "ignored_columns",
  ]);

  it("finds the codes lib writes (at least the twenty it had before the intake step)", () => {
    expect(found.size).toBeGreaterThanOrEqual(20);
  });

  it("knows every code lib writes", () => {
    const unknown = [...found].filter(
      ([code]) => !isRowErrorCode(code) && !NOT_ROW_ERRORS.has(code),
    );
    expect(unknown).toEqual([]);
  });

  it("says what each code means in a phrase", () => {
    for (const [code, phrase] of Object.entries(ROW_ERROR_CODES)) {
      expect(phrase.length, code).toBeGreaterThan(10);
    }
  });
});
