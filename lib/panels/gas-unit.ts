// The gas unit a panel shows, in one place for every panel that draws gas volumes (gas, Europe):
// bcm as the sources state them, or Mtoe at BP's factor (factors.csv `gas_mtoe_per_bcm`).
import type { DataBundle } from "../data/bundle";
import type { Observation } from "../data/types";
import { mtoeFromBcm } from "../conversions";
import { formatNumber } from "../format";
import { derivedRow, originOf, rowFromObservation, type PanelRow } from "./rows";
import type { GasUnit } from "../view/state";

export interface GasScale {
  /** The unit drawn: Mtoe only when asked for and the factor is in factors.csv. */
  unit: GasUnit;
  /** Mtoe per bcm when drawing Mtoe, else 1: multiplies a bcm value into the drawn unit. */
  k: number;
  yTitle: string;
  /** Said when the reader asked for Mtoe and it cannot apply; `null` otherwise. */
  cannot: string | null;
}

const Y_TITLE: Record<GasUnit, string> = {
  bcm: "Billion cubic metres (bcm)",
  Mtoe: "Million tonnes of oil equivalent (Mtoe)",
};

/** The unit drawn for `wanted`: without the factor, the chart stays in bcm and says why. */
export function gasScale(bundle: DataBundle, wanted: GasUnit): GasScale {
  const factor = bundle.factors.find((f) => f.id === "gas_mtoe_per_bcm")?.value ?? null;
  if (wanted === "Mtoe" && factor !== null)
    return { unit: "Mtoe", k: factor, yTitle: Y_TITLE.Mtoe, cannot: null };
  return {
    unit: "bcm",
    k: 1,
    yTitle: Y_TITLE.bcm,
    cannot:
      wanted === "Mtoe"
        ? "Shown in bcm: factors.csv has no Mtoe per bcm factor (gas_mtoe_per_bcm) to convert with."
        : null,
  };
}

/** bcm in the drawn unit, as text with `digits` decimals: (175, Mtoe at 0.86, 1) → "150.5 Mtoe". */
export const gasText = (bcm: number, scale: GasScale, digits = 1): string =>
  `${formatNumber(mtoeFromBcm(bcm, scale.k), digits)} ${scale.unit}`;

/**
 * A row of bcm as the panel shows it: the reported row is always listed (pushed to `rows`); in
 * Mtoe a derived row (`<series>_mtoe`, bcm × Mtoe/bcm) is listed too. Returns the row drawn.
 */
export function gasRow(o: Observation, label: string, scale: GasScale, rows: PanelRow[]): PanelRow {
  const reported = rowFromObservation(o, label);
  rows.push(reported);
  if (scale.unit === "bcm") return reported;
  const converted = derivedRow(
    {
      period: o.period.label,
      series: `${o.series}_mtoe`,
      seriesLabel: `${label}, in Mtoe`,
      sourceId: o.sourceId,
      origin: originOf(o),
    },
    mtoeFromBcm(o.value, scale.k),
    "Mtoe",
    `${o.valueText} bcm × ${scale.k} Mtoe/bcm`,
  );
  rows.push(converted);
  return converted;
}
