// The one module that touches the file system for data/. Server and command line only.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { decodeCsvBytes } from "../csv/decode";
import { problem } from "../data/messages";
import { buildBundle, type DataBundle } from "../data/bundle";

export const DEFAULT_DATA_DIR = path.join(process.cwd(), "data");

export async function loadBundle(dir: string = DEFAULT_DATA_DIR): Promise<DataBundle> {
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).filter((n) => n.endsWith(".csv"));
  const files: Record<string, string> = {};
  const unreadable = new Map<string, string>();
  for (const name of names) {
    const decoded = decodeCsvBytes(await readFile(path.join(/*turbopackIgnore: true*/ dir, name)));
    if (decoded.ok) files[name] = decoded.text;
    else unreadable.set(name, decoded.message);
  }
  const bundle = buildBundle(files);
  // buildBundle saw an undecodable file as absent; say why instead.
  for (const report of bundle.reports) {
    const why = unreadable.get(report.file);
    if (why) report.errors = [{ row: 0, column: "", ...problem("unreadable_file", why) }];
  }
  return bundle;
}
