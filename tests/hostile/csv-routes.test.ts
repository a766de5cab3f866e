// /data/<file>.csv is one static route folder per file (app/data/csv-route.ts says why: under
// `next start` a static route answers every method but GET and HEAD with 405 and no stack trace).
// A file added to csvFileNames() without its folder would answer 404, and a folder left behind
// after its file is dropped would fail the build. The browser test (routes.spec.mjs) sends the
// methods; this one keeps the folders and the list the same.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvFileNames } from "@/lib/export/files";

const DATA_APP = path.join(process.cwd(), "app", "data");
const folders = readdirSync(DATA_APP, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.endsWith(".csv"))
  .map((d) => d.name)
  .sort();

describe("app/data/<file>.csv route folders", () => {
  it("are exactly the files csvFileNames() serves, one folder each", () => {
    expect(folders).toEqual([...csvFileNames()].sort());
  });

  it("have no dynamic [segment] route beside them (it answered POST with 200 and TRACE with 500)", () => {
    const dynamic = readdirSync(DATA_APP).filter((name) => name.startsWith("["));
    expect(dynamic).toEqual([]);
  });

  it.each(folders)("%s/route.ts serves its own name, statically", (file) => {
    const source = readFileSync(path.join(DATA_APP, file, "route.ts"), "utf8");
    expect(source).toContain(`export const GET = csvRoute("${file}");`);
    expect(source).toContain(`export const dynamic = "force-static";`);
  });
});
