// Every file path and npm command the project's documents name exists: a README path no check
// verifies is a pitfall the house style names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DOCS = ["README.md", "ARCHITECTURE.md", "BENCHMARKS.md"];
const scripts = Object.keys(
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts,
);

// A backticked token that names a file or folder of the repository: starts with one of its
// top-level folders (or is a top-level file), no spaces, no placeholders such as <name>.
const TOP =
  /^(app|data|lib|tests|bench|\.ci)\/|^(package\.json|next\.config\.js|README\.md|ARCHITECTURE\.md|BENCHMARKS\.md|LICENSE[\w-]*)$/;

function pathsIn(text: string): string[] {
  const found = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  return [
    ...new Set(
      found
        .map((p) => p.replace(/[#:].*$/, "").replace(/[.,;]$/, ""))
        .filter((p) => TOP.test(p) && !/[<>*{}]/.test(p) && !p.includes(".."))
        // Written by a run, not kept in the repository (.gitignore).
        .filter((p) => !/^(bench\/out|bench\/\.cache|tests\/artifacts)(\/|$)/.test(p)),
    ),
  ];
}

function commandsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!))];
}

describe.each(DOCS)("%s", (doc) => {
  const text = readFileSync(doc, "utf8");
  it.each(pathsIn(text))("names %s, which exists", (p) => {
    expect(existsSync(p), p).toBe(true);
  });
  it.each(commandsIn(text))("names `npm run %s`, a script of package.json", (name) => {
    expect(scripts).toContain(name);
  });
});

describe("comments", () => {
  it("cite no design document outside the repository", () => {
    const files = ["lib", "app", "bench", "tests"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(ts|tsx|mjs|cjs|css)$/.test(f))
        .map((f) => `${dir}/${f}`),
    );
    const comments = (f: string) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => /^\s*(\/\/|\*|\/\*)/.test(l))
        .join("\n");
    const offenders = files.filter((f) =>
      /DESIGN\.md|\.\.\/shared\/|shared\/reference/.test(comments(f)),
    );
    expect(offenders).toEqual([]);
  });
});
