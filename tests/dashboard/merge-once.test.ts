// The upload worker's "Apply" reuses the merge of the comparison made just before it
// (app/components/upload/merge-once.ts). Held here to its plain definition: every call gives
// what `compute` gives for its arguments; only the number of computations differs.
import { describe, expect, it } from "vitest";
import { mergeOnce } from "@/app/components/upload/merge-once";

/** A stand-in for merge + compare: a fresh object naming its inputs, and a count of calls. */
function counted() {
  const calls: string[] = [];
  const compute = (published: string, ids: readonly string[], mode: string) => {
    calls.push(`${mode}:${ids.join(",")}`);
    return { published, ids: [...ids], mode };
  };
  return { calls, compute };
}

describe("Apply after a comparison merges once", () => {
  it("Apply with the files and mode just compared takes the comparison's merge", () => {
    const { calls, compute } = counted();
    const merges = mergeOnce(compute);
    const compared = merges.get("pub", ["f1", "f2"], "extend", true);
    const applied = merges.get("pub", ["f1", "f2"], "extend", false);
    expect(applied).toBe(compared);
    expect(applied).toEqual(compute("pub", ["f1", "f2"], "extend"));
    expect(calls).toEqual(["extend:f1,f2", "extend:f1,f2"]); // the second is the check above
  });

  it("after Apply nothing is kept: the next call merges again", () => {
    const { calls, compute } = counted();
    const merges = mergeOnce(compute);
    merges.get("pub", ["f1"], "extend", true);
    merges.get("pub", ["f1"], "extend", false);
    merges.get("pub", ["f1"], "extend", false);
    expect(calls).toEqual(["extend:f1", "extend:f1"]);
  });

  it("another mode, other files or a forgotten merge are merged anew", () => {
    const { calls, compute } = counted();
    const merges = mergeOnce(compute);
    merges.get("pub", ["f1"], "extend", true);
    expect(merges.get("pub", ["f1"], "replace", true)).toEqual({
      published: "pub",
      ids: ["f1"],
      mode: "replace",
    });
    expect(merges.get("pub", ["f1", "f2"], "replace", true).ids).toEqual(["f1", "f2"]);
    merges.forget();
    merges.get("pub", ["f1", "f2"], "replace", false);
    expect(calls).toEqual(["extend:f1", "replace:f1", "replace:f1,f2", "replace:f1,f2"]);
  });

  it("ids are compared in order and whole: f1,f2 is not f12 nor f2,f1", () => {
    const { calls, compute } = counted();
    const merges = mergeOnce(compute);
    merges.get("pub", ["f1", "f2"], "extend", true);
    merges.get("pub", ["f12"], "extend", true);
    merges.get("pub", ["f2", "f1"], "extend", true);
    expect(calls).toEqual(["extend:f1,f2", "extend:f12", "extend:f2,f1"]);
  });
});
