// Which dataset a reader's file is for. The name decides; the header only tells the support files
// apart, since every tidy dataset shares one header.
import { isUploadTarget, SUPPORT_COLUMNS, SUPPORT_TARGETS, type UploadTarget } from "./targets";

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && b.every((name) => a.includes(name));

/**
 * The dataset name a file name gives: "crude_annual.csv", a browser's second download of it
 * "crude_annual (1).csv", "Crude_Annual.CSV" and "crude-annual.csv" all give "crude_annual". The
 * command line and the upload both name files by it.
 */
export function nameFromFile(fileName: string): string {
  return (
    fileName
      .trim()
      .toLowerCase()
      .replace(/\.(csv|txt|tsv)$/, "")
      .replace(/\s*\(\d+\)$/, "")
      // The vintage a download's name carries (lib/data/coverage.ts vintageFileName).
      .replace(/(_through-\d{4}-\d{2})?_checked-\d{4}-\d{2}-\d{2}$/, "")
      .replace(/[\s-]+/g, "_")
  );
}

/** The target a file is for, or `null` when the reader has to say. */
export function detectDataset(
  fileName: string,
  headerFields: readonly string[] | null,
): UploadTarget | null {
  const name = nameFromFile(fileName);
  if (isUploadTarget(name)) return name;
  if (headerFields) {
    const target = SUPPORT_TARGETS.find((t) => sameColumns(headerFields, SUPPORT_COLUMNS[t]));
    if (target) return target;
  }
  return null;
}
