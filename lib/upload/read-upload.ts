// One reader's file, read and validated for the target it is for: what the upload worker runs.
import { findDataset } from "../data/datasets";
import { SUPPORT_SCHEMAS } from "../data/registry";
import { tidySchema } from "../data/schemas";
import type { TableSchema } from "../data/validate-table";
import type { UploadedRows, UploadTarget } from "./targets";
import {
  validateStream,
  type StreamValidation,
  type ValidateStreamHandlers,
} from "./validate-stream";

export interface UploadRead {
  validation: StreamValidation<unknown>;
  /** The accepted rows, uploaded observations marked as the reader's. */
  upload: UploadedRows;
}

async function run<T>(
  input: Blob | string,
  schema: TableSchema<T>,
  handlers: ValidateStreamHandlers,
  toUpload: (valid: T[]) => UploadedRows,
): Promise<UploadRead> {
  const validation = await validateStream(input, schema, handlers);
  return { validation, upload: toUpload(validation.report.valid) };
}

export function readUpload(
  input: Blob | string,
  target: UploadTarget,
  knownSourceIds: ReadonlySet<string>,
  handlers: ValidateStreamHandlers = {},
): Promise<UploadRead> {
  switch (target) {
    case "sources":
      return run(input, SUPPORT_SCHEMAS.sources(), handlers, (sources) => ({
        dataset: target,
        sources,
      }));
    case "factors":
      return run(input, SUPPORT_SCHEMAS.factors(knownSourceIds), handlers, (factors) => ({
        dataset: target,
        factors,
      }));
    case "events":
      return run(input, SUPPORT_SCHEMAS.events(knownSourceIds), handlers, (events) => ({
        dataset: target,
        events,
      }));
    default:
      return run(input, tidySchema(findDataset(target)!, knownSourceIds), handlers, (rows) => {
        // The rows are new objects from the validator: marking them costs no copy.
        for (const o of rows) o.origin = "reader";
        return { dataset: target, observations: rows };
      });
  }
}
