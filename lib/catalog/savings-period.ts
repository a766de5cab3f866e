// The one known mismatch of periods: the article dates its savings figure to "last year", the
// estimate it matches covers fewer months. The methodology page shows both rows side by side.
import type { DataBundle } from "../data/bundle";
import type { Observation } from "../data/types";

const SAVINGS_CLAIM_SERIES = "savings_discounted_russian_oil";
const SAVINGS_ESTIMATE_SERIES = "russian_crude_savings";
export const SAVINGS_PERIOD_CHECK = "savings_period";

export interface SavingsPeriodPair {
  claim: Observation;
  /** The estimate with the claim's value (as checks/registry.ts matches it), if any. */
  estimate: Observation | null;
}

export function savingsPeriodPair(bundle: DataBundle): SavingsPeriodPair | null {
  const claim = bundle.datasets.article.find((o) => o.series === SAVINGS_CLAIM_SERIES);
  if (!claim) return null;
  const estimate = bundle.datasets.savings.find(
    (o) => o.series === SAVINGS_ESTIMATE_SERIES && o.value === claim.value,
  );
  return { claim, estimate: estimate ?? null };
}
