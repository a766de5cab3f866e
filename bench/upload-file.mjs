// The file the upload bench gives the browser: the pipeline's generated CSV, named after the
// dataset so the upload recognises it as crude_annual (whose own schema then applies).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateTidyCsv } from "./csv-gen.mjs";
import { loadPublished } from "./pipeline.mjs";

export async function writeUploadFile(root, rows, dir) {
  const { sourceIds } = await loadPublished(root);
  const folder = path.join(dir, String(rows));
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "crude_annual.csv");
  writeFileSync(file, generateTidyCsv(rows, { sourceIds }));
  return file;
}
