import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

describe("README.md", () => {
  it("starts with the two commands that set everything up", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toContain("npm ci && npm start");
    expect(firstBlock).toContain("npm test");
    expect(readme.indexOf("```sh")).toBeLessThan(readme.indexOf("## "));
  });

  it("documents every file in data/", () => {
    const files = readdirSync(path.join(ROOT, "data")).filter((f) => f.endsWith(".csv"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readme).toContain(`\`data/${f}\``);
  });

  it("names only paths that exist", () => {
    const paths = [...readme.matchAll(/`((?:lib|app|data|tests|\.ci)\/[\w./-]+|\.nvmrc)`/g)].map(
      (m) => m[1]!,
    );
    expect(paths.length).toBeGreaterThan(5);
    for (const p of paths) expect(existsSync(path.join(ROOT, p)), p).toBe(true);
  });
});
