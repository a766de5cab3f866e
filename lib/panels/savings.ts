// Savings and prices: the $4.34 bn estimate, its period, and the discounts it implies against
// the discounts reported month by month. All on one scale: USD per barrel below Brent.
import type { DataBundle } from "../data/bundle";
import type { ChartAnnotation, ChartSeries } from "../chart/spec";
import type { Metric } from "../metrics/types";
import { claimYear } from "../metrics/context";
import { formatExact, formatRange, formatWithUnit } from "../format";
import { derivedRow, rowFromObservation, type PanelRow, originOf } from "./rows";
import { monthSpanLabel } from "./oil";
import { seriesLabel } from "../data/datasets";
import type { DraftPanel } from "./types";
import { MONTH_TICKS, monthAxisPosition, withGaps } from "./month-axis";

export function savingsPanel(bundle: DataBundle, metrics: readonly Metric[]): DraftPanel {
  const year = String(claimYear(bundle));
  const inYear = (o: { period: { firstMonth: number } }) =>
    Math.floor(o.period.firstMonth / 12) === Number(year);
  const prices = bundle.datasets.prices.filter(inYear);
  const rows: PanelRow[] = [];
  const urals = prices
    .filter(
      (o) =>
        o.series === "urals_discount_to_dated_brent" && monthAxisPosition(o.period.label) !== null,
    )
    .map((o) => rowFromObservation(o, seriesLabel("prices", o.series)));
  // A differential a source states as a range ("$1–2") is drawn as that range; the midpoint row
  // derived from it stays in the table, not on the chart (audit C4).
  const rangeLow = prices.filter((o) => o.series === "espo_vs_ice_brent_low");
  const rangeHigh = prices.filter((o) => o.series === "espo_vs_ice_brent_high");
  const stated = new Set(
    rangeLow
      .filter((l) => rangeHigh.some((h) => h.period.label === l.period.label))
      .map((l) => l.period.label),
  );
  const espoRanges: ChartAnnotation[] = [];
  for (const label of stated) {
    const lo = rangeLow.find((o) => o.period.label === label)!;
    const hi = rangeHigh.find((o) => o.period.label === label)!;
    const x = monthAxisPosition(label);
    rows.push(
      rowFromObservation(lo, seriesLabel("prices", lo.series)),
      rowFromObservation(hi, seriesLabel("prices", hi.series)),
    );
    if (x === null) continue;
    // On this chart a discount is positive: the differential's sign turns, and its ends swap.
    espoRanges.push({
      kind: "bracket",
      x,
      yMin: -hi.value,
      yMax: -lo.value,
      label: `ESPO ${formatWithUnit(lo.value, "USD/bbl")} to ${formatWithUnit(hi.value, "USD/bbl")} vs ICE Brent`,
    });
  }
  const midpoints = prices.filter(
    (o) => o.series === "espo_vs_ice_brent" && o.basis === "derived" && stated.has(o.period.label),
  );
  rows.push(...midpoints.map((o) => rowFromObservation(o, seriesLabel("prices", o.series))));
  const espo = prices
    .filter(
      (o) =>
        o.series === "espo_vs_ice_brent" &&
        monthAxisPosition(o.period.label) !== null &&
        !midpoints.includes(o),
    )
    .map((o) => {
      const original = rowFromObservation(o, seriesLabel("prices", o.series));
      rows.push(original);
      // The sources state ESPO as a differential (negative = discount); on this chart a discount is positive.
      return derivedRow(
        {
          period: o.period.label,
          series: "espo_discount_to_ice_brent",
          seriesLabel: "ESPO Blend discount to ICE Brent",
          sourceId: o.sourceId,
          origin: originOf(o),
        },
        -o.value,
        "USD/bbl",
        `−(${o.valueText}), the differential with its sign turned so a discount is positive`,
      );
    });
  rows.push(...urals, ...espo);
  for (const o of prices.filter((p) => p.series === "urals_price" || p.series === "dated_brent"))
    rows.push(rowFromObservation(o, seriesLabel("prices", o.series)));
  const toPoints = (rs: PanelRow[]) =>
    withGaps(
      rs.map((r) => ({
        x: monthAxisPosition(r.period)!,
        y: r.value,
        basis: r.basis,
        tip: `${monthSpanLabel(r.period)} ${year}`,
      })),
      rs.map((r) => r.period),
    );
  const series: ChartSeries[] = [
    {
      id: "urals",
      label: "Urals discount to Dated Brent",
      kind: "line",
      colour: 5,
      points: toPoints(urals),
    },
    {
      id: "espo",
      label: "ESPO Blend discount to ICE Brent",
      kind: "line",
      colour: 0,
      points: toPoints(espo),
    },
  ];
  const annotations: ChartAnnotation[] = [...espoRanges];
  const estimate = bundle.datasets.savings.find(
    (o) => o.series === "russian_crude_savings" && inYear(o),
  );
  for (const o of bundle.datasets.savings.filter(
    (s) => inYear(s) || s.period.label === String(Number(year) - 1),
  )) {
    rows.push(rowFromObservation(o, seriesLabel("savings", o.series)));
  }
  if (estimate) {
    const [from, to] = [
      (estimate.period.firstMonth % 12) + 1,
      (estimate.period.lastMonth % 12) + 1,
    ];
    annotations.push({
      kind: "xband",
      xMin: from - 0.5,
      xMax: to + 0.5,
      label: `${formatExact(estimate.value, estimate.unit)} saved, ${monthSpanLabel(estimate.period.label)} ${year} (Reuters estimate)`,
    });
  }
  const total = metrics.find((m) => m.id === "savings_implied_discount_total_usd_per_bbl");
  const seaborne = metrics.find((m) => m.id === "savings_implied_discount_seaborne_usd_per_bbl");
  if (total?.value != null && seaborne?.value != null) {
    annotations.push({
      kind: "yband",
      yMin: total.value,
      yMax: seaborne.value,
      // Reuters compared ESPO with Brazil's Tupi and Urals with Oman on delivered prices, not with
      // Brent: the band is not on the same benchmark as the lines beside it (audit M7).
      label: `Implied by the estimate, vs Tupi/Oman (Reuters): ${formatRange(total.value, seaborne.value, "USD/bbl")}`,
    });
  }
  return {
    id: "savings",
    title: "Savings and prices: what the discount was worth",
    takeaway: estimate
      ? `The ${formatExact(estimate.value, estimate.unit)} covers ${monthSpanLabel(estimate.period.label)} ${year}, not the whole year the article implies; it fits a discount of about ${formatRange(total?.value ?? null, seaborne?.value ?? null, "USD/bbl", 0)}.`
      : "No savings estimate for this year.",
    sourceLine:
      "Sources: Reuters estimate (via a forum repost); TASS and Reuters (Urals); Reuters via Hellenic Shipping News (ESPO).",
    views: [
      {
        id: "discounts",
        label: `Discounts, ${year}`,
        chart: {
          xType: "linear",
          labels: [],
          xTicks: MONTH_TICKS,
          xMin: 0.5,
          xMax: 12.5,
          xTitle: `${year}`,
          yTitle: "Discount, USD/bbl (above 0 = cheaper than the series' benchmark)",
          yUnit: "USD/bbl",
          stacked: false,
          series,
          annotations,
        },
        rows,
        context:
          "Above zero means cheaper than the benchmark each series names (Dated Brent for Urals, ICE Brent for ESPO); the shaded band marks the discount the savings estimate implies against Reuters' own benchmarks (Tupi for ESPO, Oman for Urals), which are not Brent.",
      },
    ],
    metricIds: [
      "savings_implied_discount_total_usd_per_bbl",
      "savings_implied_discount_seaborne_usd_per_bbl",
      "savings_at_scenario_discount_usd_bn",
      "savings_share_of_import_bill_pct",
    ],
    checkIds: ["savings_period"],
  };
}
