import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keepingNextBuild } from "@/lib/publish/keep-next-build";

/** A project dir whose .next holds the `next start` build's BUILD_ID "start". */
function project(withNext = true): string {
  const root = mkdtempSync(path.join(tmpdir(), "keep-next-"));
  if (withNext) {
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "start");
  }
  return root;
}

/** What an export build does to .next: writes its own build there. */
function exportBuild(root: string): number {
  mkdirSync(path.join(root, ".next"), { recursive: true });
  writeFileSync(path.join(root, ".next", "BUILD_ID"), "export");
  return 0;
}

const buildId = (root: string) => readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8");

describe("keepingNextBuild(root, build): the export never replaces the next start build", () => {
  it("puts .next back as it was (BUILD_ID 'start') after a build that wrote its own", () => {
    const root = project();
    expect(keepingNextBuild(root, () => exportBuild(root))).toBe(0);
    expect(buildId(root)).toBe("start");
    expect(existsSync(path.join(root, ".next-kept"))).toBe(false);
  });

  it("hides .next from the build while it runs", () => {
    const root = project();
    const seen = keepingNextBuild(root, () => existsSync(path.join(root, ".next")));
    expect(seen).toBe(false);
  });

  it("runs the build alone when there is no .next, leaving the build's own", () => {
    const root = project(false);
    keepingNextBuild(root, () => exportBuild(root));
    expect(buildId(root)).toBe("export");
  });

  it("restores .next when the build throws, and passes the error on", () => {
    const root = project();
    expect(() =>
      keepingNextBuild(root, () => {
        exportBuild(root);
        throw new Error("build crashed");
      }),
    ).toThrow("build crashed");
    expect(buildId(root)).toBe("start");
  });

  it("refuses to run while .next-kept is left from an interrupted run", () => {
    const root = project();
    mkdirSync(path.join(root, ".next-kept"));
    expect(() => keepingNextBuild(root, () => exportBuild(root))).toThrow(/\.next-kept/);
    expect(buildId(root)).toBe("start");
  });
});
