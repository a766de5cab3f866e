// Numbers that should agree, compared. Each check says pass, warn, fail or insufficient, and why.
import type { DataBundle } from "../data/bundle";
import { createContext } from "../metrics/context";
import type { Metric, Scenario } from "../metrics/types";
import type { CheckFn } from "./context";
import { gasGrowthVsNearlyForty, gasPartsVsArticle } from "./gas";
import { oilRecord, oilTonnesVsMbd } from "./oil";
import { savingsPeriod, shareVsReported } from "./savings";
import type { Check } from "./types";

const CHECKS: readonly CheckFn[] = [
  oilTonnesVsMbd,
  oilRecord,
  gasPartsVsArticle,
  gasGrowthVsNearlyForty,
  savingsPeriod,
  shareVsReported,
];

export function computeChecks(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
): Check[] {
  const input = {
    ctx: createContext(bundle, scenario),
    metrics: new Map(metrics.map((m) => [m.id, m])),
  };
  return CHECKS.map((check) => check(input)).filter((c): c is Check => c !== null);
}
