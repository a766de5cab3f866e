// Shared fixtures: the shipped data/ folder as file texts, and a guarded way to edit them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "../..");
export const DATA_DIR = path.join(REPO_ROOT, "data");

export const TIDY_HEADER = "period,series,value,unit,basis,source_id,note";

export type Files = Record<string, string>;

/** Every CSV in data/, by file name, as UTF-8 text. */
export function shippedFiles(): Files {
  const files: Files = {};
  for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith(".csv"))) {
    files[name] = readFileSync(path.join(DATA_DIR, name), "utf8");
  }
  return files;
}

/**
 * A copy of `files` with one line of `file` replaced (or removed when `to` is null).
 * Throws when the line is not there, so a test never passes by editing nothing.
 */
export function editLine(files: Files, file: string, from: string, to: string | null): Files {
  const text = files[file];
  if (text === undefined) throw new Error(`fixture has no ${file}`);
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.startsWith(from));
  if (i < 0) throw new Error(`${file} has no line starting with ${JSON.stringify(from)}`);
  if (lines.findIndex((l, j) => j > i && l.startsWith(from)) >= 0) {
    throw new Error(`${file} has more than one line starting with ${JSON.stringify(from)}`);
  }
  if (to === null) lines.splice(i, 1);
  else lines[i] = to;
  return { ...files, [file]: lines.join("\n") };
}

/** A copy of `files` without `file`. */
export function withoutFile(files: Files, file: string): Files {
  if (!(file in files)) throw new Error(`fixture has no ${file}`);
  const copy = { ...files };
  delete copy[file];
  return copy;
}

/** Applies a list of line edits in order. */
export type LineEdit = readonly [file: string, from: string, to: string | null];
export const applyEdits = (files: Files, edits: readonly LineEdit[]): Files =>
  edits.reduce((acc, [file, from, to]) => editLine(acc, file, from, to), files);
