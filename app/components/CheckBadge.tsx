import type { CheckStatus } from "@/lib/checks/types";

export function CheckBadge({ status }: { status: CheckStatus }) {
  return <span className={`status status-${status}`}>{status}</span>;
}
