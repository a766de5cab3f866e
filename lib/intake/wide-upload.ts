// The upload's "read as one row per period" step for a wide table: what it offers (the rows it
// would make, the columns the reader must give) and the reading itself, on the records the first
// reading rejected as they stood.
import type { StreamValidation } from "../upload/validate-stream";
import { readUpload, type UploadRead } from "../upload/read-upload";
import type { UploadTarget } from "../upload/targets";
import { longCsv, longRows, type WideShape } from "./wide";

const PREVIEW = 6;

/** Columns of the long table: those of the schema the wide file was read with. */
const columnsOf = (validation: StreamValidation<unknown>): string[] => validation.schemaColumns;

export function wideOffer(validation: StreamValidation<unknown>) {
  const shape: WideShape | null = validation.report.wide;
  if (!shape) return null;
  const columns = columnsOf(validation);
  const cells = Array.from(validation.rejected, (r) => r.fields);
  const fill = Object.fromEntries(shape.missing.map((c) => [c, "?"]));
  const preview: string[][] = [];
  let rows = 0;
  for (const row of longRows(cells, shape, columns, fill)) {
    if (preview.length < PREVIEW) preview.push(row);
    rows += 1;
  }
  return {
    periods: shape.periods.map((p) => p.label),
    columns,
    preview,
    rows,
    missing: shape.missing,
  };
}

/** The wide file read as one row per period, with `fill` for the columns it lacks. */
export async function wideRead(
  validation: StreamValidation<unknown>,
  target: UploadTarget,
  knownSourceIds: ReadonlySet<string>,
  fill: Readonly<Record<string, string>>,
): Promise<UploadRead> {
  const shape = validation.report.wide!;
  const columns = columnsOf(validation);
  const text = longCsv(
    Array.from(validation.rejected, (r) => r.fields),
    shape,
    columns,
    fill,
  );
  const read = await readUpload(text, target, knownSourceIds);
  const given = Object.entries(fill)
    .map(([c, v]) => `${c} "${v}"`)
    .join(" and ");
  read.validation.report.notes.unshift({
    code: "wide_table",
    message: `Read as one row per period from a wide table: ${validation.rejected.length} rows × ${shape.periods.length} period columns (${shape.periods[0]!.label} to ${shape.periods.at(-1)!.label}) made ${read.validation.report.rows} rows; empty cells are gaps and made none. ${given ? `You gave ${given} for every row.` : ""} Row numbers below are those of the rows made (the header is row 1).`,
  });
  return read;
}
