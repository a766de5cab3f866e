import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoMessages } from "@/lib/data/fast/message-memo";

describe("memoMessages(describe)", () => {
  /** A describe that counts its calls, so a test can tell a remembered message from a new one. */
  function counted() {
    const calls: string[] = [];
    const describe = (cell: string) => {
      calls.push(cell);
      return `"${cell}" is not a series of crude_annual.`;
    };
    return { calls, describe };
  }

  it("builds the message of a repeated short cell once and hands the same one to every row", () => {
    const { calls, describe } = counted();
    const memo = memoMessages(describe);
    expect([memo("bench_01"), memo("bench_02"), memo("bench_01")]).toEqual([
      '"bench_01" is not a series of crude_annual.',
      '"bench_02" is not a series of crude_annual.',
      '"bench_01" is not a series of crude_annual.',
    ]);
    expect(calls).toEqual(["bench_01", "bench_02"]);
  });

  it("never keeps a cell longer than 64 characters: each is described again", () => {
    const { calls, describe } = counted();
    const memo = memoMessages(describe);
    const long = "x".repeat(65);
    memo(long);
    memo(long);
    memo("x".repeat(64));
    memo("x".repeat(64));
    expect(calls.map((c) => c.length)).toEqual([65, 65, 64]);
  });

  it("keeps at most `limit` cells; the ones after are described on every call", () => {
    const { calls, describe } = counted();
    const memo = memoMessages(describe, 2);
    for (const cell of ["a", "b", "c", "a", "b", "c"]) memo(cell);
    expect(calls).toEqual(["a", "b", "c", "c"]);
  });

  it("gives what describe gives, for any sequence of cells (fast-check, seeded)", () => {
    const cell = fc.oneof(
      fc.constantFrom("bench_01", "russia", "", " ", "x".repeat(64), "x".repeat(65)),
      fc.string({ maxLength: 80 }),
    );
    const describe = (c: string) => `${c.length}:${c}`;
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (cells, limit) => {
          const memo = memoMessages(describe, limit);
          expect(cells.map(memo)).toEqual(cells.map(describe));
        },
      ),
      { seed: 20240516, numRuns: 500 },
    );
  });
});
