// The accessible description of a chart, written from the chart as drawn: whatever units, years
// or transform the reader chose, the words say what the picture shows.
import { formatWithUnit } from "../format";
import type { ChartPoint, ChartSpec } from "./spec";

const KIND = { bar: "Bar", line: "Line" } as const;

function xText(spec: ChartSpec, p: ChartPoint): string {
  return p.tip || String(p.x);
}

export function describeChart(spec: ChartSpec): string {
  const kinds = [...new Set(spec.series.map((s) => s.kind))];
  const kind = kinds.length === 1 ? KIND[kinds[0]!] : "Bar and line";
  const xs = spec.series.flatMap((s) =>
    s.points.filter((p) => p.y !== null).map((p) => xText(spec, p)),
  );
  const span =
    spec.xType === "category" && spec.labels.length > 0
      ? `${spec.labels[0]}–${spec.labels[spec.labels.length - 1]}`
      : xs.length
        ? `${xs[0]}–${xs[xs.length - 1]}`
        : "";
  const parts = [
    `${kind} chart${spec.stacked ? " (stacked)" : ""}: ${spec.yTitle}${span ? `, ${span}` : ""}.`,
  ];
  if (xs.length === 0) return `${parts[0]} No values in this range.`;
  for (const s of spec.series) {
    const shown = s.points.filter((p): p is ChartPoint & { y: number } => p.y !== null);
    if (shown.length === 0) {
      parts.push(`${s.label}: no values.`);
      continue;
    }
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const peak = shown.reduce((a, b) => (b.y > a.y ? b : a));
    const v = (p: ChartPoint & { y: number }) =>
      `${formatWithUnit(p.y, spec.yUnit)} in ${xText(spec, p)}`;
    const gaps =
      spec.xType === "category"
        ? s.points.filter((p) => p.y === null).map((p) => xText(spec, p))
        : [];
    parts.push(
      `${s.label}: ${shown.length === 1 ? v(first) : `from ${v(first)} to ${v(last)}`}${peak !== first && peak !== last ? `, highest ${v(peak)}` : ""}${gaps.length ? `; no value for ${gaps.join(", ")}` : ""}.`,
    );
  }
  const marks = spec.annotations.filter((a) => a.kind !== "vline").map((a) => a.label);
  if (marks.length) parts.push(`Marked: ${marks.join("; ")}.`);
  return parts.join(" ");
}
