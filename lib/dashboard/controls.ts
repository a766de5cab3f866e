// What the dashboard's controls show besides the view itself: the years a range can start and
// end on, the published factors the sliders start from, and the savings estimate they test.
import type { DataBundle } from "../data/bundle";

export interface ControlsData {
  /** Every year with a yearly value in any dataset, ascending. */
  years: number[];
  crudeBblPerTonne: number | null;
  lngBcmPerMt: number | null;
  savingsEstimate: { value: number; unit: string } | null;
}

export function controlsData(bundle: DataBundle): ControlsData {
  const years = new Set<number>();
  for (const rows of Object.values(bundle.datasets))
    for (const o of rows) if (o.period.kind === "year") years.add(Number(o.period.label));
  const factor = (id: string) => bundle.factors.find((f) => f.id === id)?.value ?? null;
  const estimate = bundle.datasets.savings.find((o) => o.series === "russian_crude_savings");
  return {
    years: [...years].sort((a, b) => a - b),
    crudeBblPerTonne: factor("crude_bbl_per_tonne"),
    lngBcmPerMt: factor("lng_bcm_per_mt"),
    savingsEstimate: estimate ? { value: estimate.value, unit: estimate.unit } : null,
  };
}
