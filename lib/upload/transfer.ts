// A bundle of a million rows, posted from the worker as one message, would be unpacked on the
// main thread in one long task. Split into packed parts of a few thousand rows, each message is
// unpacked in a task of its own and the page stays responsive.
import type { DataBundle } from "../data/bundle";
import type { DatasetName } from "../data/datasets";
import { packRows, unpackRows, type PackedRows } from "./pack";

// Each part is received and unpacked on the page in a task of its own. Parts of 5,000 rows made
// tasks of 50–140 ms on the bench's machine at load 5–8 (profiled, session 5), hence 2,000.
const PART_ROWS = 2000;

/** Some rows of one array of the bundle: "sources", or "datasets.crude_annual". */
export interface BundlePart {
  key: string;
  rows: PackedRows;
}

export interface UnpackedPart {
  key: string;
  rows: unknown[];
}

/** Unpacked one by one as they arrive, each in a task of its own. */
export const unpackPart = ({ key, rows }: BundlePart): UnpackedPart => ({
  key,
  rows: unpackRows(rows),
});

type Arrays = Record<string, unknown[]>;

/** The bundle with every array longer than `size` emptied, and those arrays in parts. */
export function splitBundle(
  bundle: DataBundle,
  size = PART_ROWS,
): { shell: DataBundle; parts: BundlePart[] } {
  const parts: BundlePart[] = [];
  const take = (key: string, rows: unknown[]) => {
    if (rows.length <= size) return rows;
    for (let at = 0; at < rows.length; at += size) {
      parts.push({ key, rows: packRows(rows.slice(at, at + size) as object[]) });
    }
    return [];
  };
  const datasets: Arrays = {};
  for (const [name, rows] of Object.entries(bundle.datasets)) {
    datasets[name] = take(`datasets.${name}`, rows);
  }
  const shell = {
    ...bundle,
    sources: take("sources", bundle.sources),
    factors: take("factors", bundle.factors),
    events: take("events", bundle.events),
    datasets: datasets as DataBundle["datasets"],
  } as DataBundle;
  return { shell, parts };
}

/** splitBundle undone: each part appended, in the order given, to its array of the shell. */
export function joinBundle(shell: DataBundle, parts: readonly UnpackedPart[]): DataBundle {
  const collected = new Map<string, unknown[][]>();
  for (const { key, rows } of parts) {
    const list = collected.get(key);
    if (list) list.push(rows);
    else collected.set(key, [rows]);
  }
  const joined = (key: string, rows: unknown[]) => {
    const list = collected.get(key);
    return list ? rows.concat(...list) : rows;
  };
  const datasets: Arrays = {};
  for (const [name, rows] of Object.entries(shell.datasets)) {
    datasets[name] = joined(`datasets.${name}`, rows);
  }
  return {
    ...shell,
    sources: joined("sources", shell.sources) as DataBundle["sources"],
    factors: joined("factors", shell.factors) as DataBundle["factors"],
    events: joined("events", shell.events) as DataBundle["events"],
    datasets: datasets as Record<DatasetName, DataBundle["datasets"][DatasetName]>,
  };
}
