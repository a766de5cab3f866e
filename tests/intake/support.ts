import { validateCsvText } from "@/lib/data/validate";
import { sourcesSchema } from "@/lib/data/schemas";
import { shippedFiles } from "../support/data";

let ids: Set<string> | null = null;
/** The ids of the shipped data/sources.csv. */
export function shippedSourceIds(): Set<string> {
  ids ??= new Set(
    validateCsvText(shippedFiles()["sources.csv"]!, sourcesSchema).valid.map((s) => s.id),
  );
  return ids;
}
