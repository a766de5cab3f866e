import { numberedAnnotations, type ChartAnnotation } from "@/lib/chart/spec";
import { CellText } from "./CellText";

const WHAT: Record<ChartAnnotation["kind"], string> = {
  vline: "dashed vertical line",
  hline: "dashed line",
  segment: "dashed or dotted level, from its date",
  yband: "shaded band",
  xband: "shaded span",
  box: "outlined box",
  bracket: "bracket",
  label: "label",
};

/**
 * The chart's key: every annotation with its number. Where a label has no room on the chart it is
 * drawn as its number in a circle (lib/chart/label-layout.ts); the key says what the number means,
 * and gives a phone reader and a screen reader every label in words.
 */
export function ChartKey({ annotations }: { annotations: readonly ChartAnnotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <ol className="chart-key" aria-label="Chart annotations">
      {numberedAnnotations(annotations).map(({ annotation: a, number }) => (
        <li key={number} value={number}>
          {a.kind === "vline" && <time dateTime={a.date}>{a.date}</time>}{" "}
          <CellText text={a.label} /> <span className="muted">({WHAT[a.kind]})</span>
        </li>
      ))}
    </ol>
  );
}
