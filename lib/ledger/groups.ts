// The ledger as a reader sees it: for each quantity and period, every statement, the spread
// between them and the statements their own page contradicts.
import type { DataBundle } from "../data/bundle";
import type { LedgerEntry, Source } from "../data/types";
import { formatNumber } from "../format";
import { selfContradictions } from "./contradictions";
import { outletOf, spreadOf, type Spread } from "./spread";

/** What each quantity id measures, in words. An id missing here is shown as itself. */
const QUANTITY_LABELS: Readonly<Record<string, string>> = {
  russia_crude_to_china_mbd: "Russian crude to China, mb/d",
  russia_crude_to_china_mt: "Russian crude to China, Mt",
  china_total_crude_mt: "China's total crude imports, Mt",
  china_total_crude_mbd: "China's total crude imports, mb/d",
  gas_russia_to_china_bcm: "Russian gas to China, bcm",
  pos_deliveries_bcm: "Power of Siberia deliveries, bcm",
  lng_russia_to_china_mt: "Russian LNG to China, Mt",
  russia_crude_import_bill_usd_bn: "China's bill for Russian crude, USD bn",
  urals_price: "Urals price, USD/bbl",
  urals_discount_to_dated_brent: "Urals discount to Dated Brent, USD/bbl",
};

interface Statement {
  entry: LedgerEntry;
  outlet: string;
  source: Source | null;
  /** Why the statement's own page contradicts it, or `null`. */
  flag: string | null;
}

export interface LedgerGroup {
  quantity: string;
  label: string;
  period: string;
  spread: Spread;
  statements: Statement[];
}

/** Every quantity × period of the ledger, in file order of first appearance. */
export function ledgerGroups(bundle: Pick<DataBundle, "ledger" | "sources">): LedgerGroup[] {
  const byId = new Map(bundle.sources.map((s) => [s.id, s]));
  const flags = new Map<LedgerEntry, string>();
  for (const c of selfContradictions(bundle.ledger, bundle.sources)) {
    const implied = `${formatNumber(c.impliedLow, 2)}–${formatNumber(c.impliedHigh, 2)}`;
    flags.set(
      c.rate,
      `the same page's ${c.tonnes.valueText} Mt gives ${implied} mb/d, not ${c.rate.valueText}`,
    );
    flags.set(
      c.tonnes,
      `the same page's ${c.rate.valueText} mb/d does not follow from ${c.tonnes.valueText} Mt`,
    );
  }
  const keys = [...new Set(bundle.ledger.map((e) => `${e.quantity}\u0000${e.period.label}`))];
  return keys.map((key) => {
    const [quantity, period] = key.split("\u0000") as [string, string];
    const entries = bundle.ledger.filter(
      (e) => e.quantity === quantity && e.period.label === period,
    );
    return {
      quantity,
      label: QUANTITY_LABELS[quantity] ?? quantity,
      period,
      spread: spreadOf(bundle.ledger, bundle.sources, quantity, period)!,
      statements: entries.map((entry) => ({
        entry,
        outlet: outletOf(byId.get(entry.sourceId), entry.sourceId),
        source: byId.get(entry.sourceId) ?? null,
        flag: flags.get(entry) ?? null,
      })),
    };
  });
}

/** The ledger quantity an article claim is about, for "what others said" beside a tile. */
const CLAIM_QUANTITY: Readonly<Record<string, string>> = {
  crude_exports_russia_to_china: "russia_crude_to_china_mbd",
  gas_imports_from_russia: "gas_russia_to_china_bcm",
};

/** "2.14–2.15 mb/d, 3 statements by 3 outlets" for a claim's quantity, or `null` with one statement. */
export function othersSaid(
  bundle: Pick<DataBundle, "ledger" | "sources">,
  claimSeries: string,
  period: string,
): string | null {
  const quantity = CLAIM_QUANTITY[claimSeries];
  const spread = quantity ? spreadOf(bundle.ledger, bundle.sources, quantity, period) : null;
  if (!spread || spread.count < 2) return null;
  const range = spread.min === spread.max ? `${spread.min}` : `${spread.min}–${spread.max}`;
  return `${range} ${spread.unit}, ${spread.count} statements by ${spread.outlets.length} outlets`;
}
