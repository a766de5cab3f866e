import type { Check } from "@/lib/checks/types";
import { CheckBadge } from "./CheckBadge";

/** A check in one line: its status, what it compares, and why it says so. */
export function CheckLine({ check }: { check: Check }) {
  return (
    <>
      <CheckBadge status={check.status} /> <strong>{check.label}.</strong> {check.reason}
    </>
  );
}
