// Energy mix: oil and gas to China in one unit, million tonnes of oil equivalent.
import type { DataBundle } from "../data/bundle";
import type { ChartSeries } from "../chart/spec";
import type { Metric, Scenario } from "../metrics/types";
import { claimYear } from "../metrics/context";
import { mtoeFromBcm, mtoeFromCrudeMt } from "../conversions";
import { gasBcmFromParts } from "../metrics/gas";
import { formatNumber } from "../format";
import { derivedRow, find, yearRange, type PanelRow, originOf } from "./rows";
import type { DraftPanel } from "./types";

export function energyPanel(
  bundle: DataBundle,
  metrics: readonly Metric[],
  scenario: Scenario = {},
): DraftPanel {
  const year = claimYear(bundle);
  const factor = (id: string) => bundle.factors.find((f) => f.id === id)?.value ?? null;
  const bbl = scenario.crudeBblPerTonne ?? factor("crude_bbl_per_tonne");
  const lngF = scenario.lngBcmPerMt ?? factor("lng_bcm_per_mt");
  const mtoe = factor("gas_mtoe_per_bcm");
  const toePerBbl = factor("crude_toe_per_bbl");
  const years = yearRange(2019, Math.max(year + 1, 2019));
  const rows: PanelRow[] = [];
  const oil = years.map((y) => {
    const mt = find(bundle.datasets.crude_annual, "russia", String(y), "Mt");
    if (!mt || bbl === null || toePerBbl === null)
      return { x: String(y), y: null, basis: null, tip: String(y) };
    const r = derivedRow(
      {
        period: String(y),
        series: "crude_mtoe",
        seriesLabel: "Russian crude, Mtoe",
        sourceId: mt.sourceId,
        origin: originOf(mt),
      },
      mtoeFromCrudeMt(mt.value, bbl, toePerBbl),
      "Mtoe",
      `${mt.valueText} Mt × ${bbl} bbl/t × ${toePerBbl} toe/bbl`,
    );
    rows.push(r);
    return { x: String(y), y: r.value, basis: r.basis, tip: String(y) };
  });
  const gas = years.map((y) => {
    const pipe = find(bundle.datasets.gas_china, "power_of_siberia", String(y), "bcm");
    const lng = find(bundle.datasets.gas_china, "lng", String(y), "Mt");
    if (!pipe || !lng || lngF === null || mtoe === null)
      return { x: String(y), y: null, basis: null, tip: String(y) };
    const r = derivedRow(
      {
        period: String(y),
        series: "gas_mtoe",
        seriesLabel: "Russian gas (pipeline + LNG), Mtoe",
        sourceId: pipe.sourceId,
        origin: originOf(pipe, lng),
      },
      mtoeFromBcm(gasBcmFromParts(pipe.value, lng.value, lngF), mtoe),
      "Mtoe",
      `(${pipe.valueText} bcm + ${lng.valueText} Mt × ${lngF} bcm/Mt) × ${mtoe} Mtoe/bcm`,
    );
    rows.push(r);
    return { x: String(y), y: r.value, basis: r.basis, tip: String(y) };
  });
  const series: ChartSeries[] = [
    { id: "crude_mtoe", label: "Crude oil", kind: "bar", stack: "energy", colour: 0, points: oil },
    {
      id: "gas_mtoe",
      label: "Gas (pipeline + LNG)",
      kind: "bar",
      stack: "energy",
      colour: 2,
      points: gas,
    },
  ];
  const share = metrics.find((m) => m.id === "gas_share_of_energy_pct");
  const total = (oil[years.indexOf(year)]?.y ?? 0) + (gas[years.indexOf(year)]?.y ?? 0);
  return {
    id: "energy",
    title: "Energy mix: oil and gas in one unit",
    takeaway: `Measured by energy, gas was about ${formatNumber(share?.value ?? null, 0)}% of Russian oil and gas sent to China in ${year}: oil still dominates.`,
    sourceLine: "Sources: as the oil and gas panels; SPE's crude factor and BP's gas factors.",
    views: [
      {
        id: "mtoe",
        label: "By year",
        chart: {
          xType: "category",
          labels: years.map(String),
          xTitle: "Year",
          yTitle: "Million tonnes of oil equivalent (Mtoe)",
          yUnit: "Mtoe",
          stacked: true,
          series,
          annotations:
            share?.value != null
              ? [
                  {
                    kind: "label",
                    x: years.indexOf(year),
                    y: total,
                    label: `Gas: ${formatNumber(share.value, 1)}% of the energy`,
                  },
                ]
              : [],
        },
        rows,
        context:
          "Crude is converted through physical barrels (toe per barrel, SPE); gas with BP's Mtoe per bcm.",
      },
    ],
    metricIds: ["crude_mtoe", "gas_mtoe", "gas_share_of_energy_pct"],
    checkIds: [],
  };
}
