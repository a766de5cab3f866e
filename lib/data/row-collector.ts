// Cell-by-cell coercion for the small files (sources, factors, events, capacities, ledger), so
// every problem of a row is reported, not just the first. tidy-schema.ts has its own,
// allocation-free path for files of a million rows.
import { problem } from "./messages";
import type { RowErrorCode } from "../intake/codes";
import type { RowError } from "./types";
import type { ColumnPositions } from "./validate-table";
import type { Coerced } from "./columns";

export class RowCollector<C extends string> {
  private readonly errorsBefore: number;
  constructor(
    private readonly cells: readonly string[],
    private readonly at: ColumnPositions<C>,
    private readonly row: number,
    private readonly errors: RowError[],
  ) {
    this.errorsBefore = errors.length;
  }
  cell(column: C): string {
    return this.cells[this.at[column]] ?? "";
  }
  take<T>(column: C, result: Coerced<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(column, result.code, result.message);
    return undefined;
  }
  add(column: C, code: RowErrorCode, message: string) {
    this.errors.push({ row: this.row, column, code, message });
  }
  /** Adds a problem built by lib/data/messages.ts `problem(code, …)`. */
  problem(column: C, p: { code: RowErrorCode; message: string }) {
    this.add(column, p.code, p.message);
  }
  get failed(): boolean {
    return this.errors.length > this.errorsBefore;
  }
}

/** Adds `unknown_source` when `id` is not a row of sources.csv. */
export function sourceCheck<C extends string>(
  knownSourceIds: ReadonlySet<string>,
  c: RowCollector<C | "source_id">,
  id: string | undefined,
) {
  if (id !== undefined && !knownSourceIds.has(id)) {
    c.problem("source_id", problem("unknown_source", id));
  }
}
