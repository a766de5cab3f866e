import { formatNumber } from "../format";
import type { MetricId } from "../metrics/ids";
import type { Metric, MetricContext } from "../metrics/types";
import type { Check, CheckId, CheckStatus } from "./types";

interface CheckInput {
  ctx: MetricContext;
  metrics: ReadonlyMap<MetricId, Metric>;
}

export type CheckFn = (input: CheckInput) => Check | null;

export const num = (x: number, digits = 2) => formatNumber(x, digits);

/** A check's fixed parts; `verdict` adds the status and reason. */
export function checkOf(id: CheckId, label: string, claim: string, rule: string) {
  return (status: CheckStatus, reason: string): Check => ({
    id,
    label,
    claim,
    rule,
    status,
    reason,
  });
}
