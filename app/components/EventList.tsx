import type { ChartAnnotation } from "@/lib/chart/spec";

/** The events drawn as dashed vertical lines, in words: readable on a phone and by a screen reader. */
export function EventList({ annotations }: { annotations: ChartAnnotation[] }) {
  const events = annotations.flatMap((a) => (a.kind === "vline" ? [a] : []));
  if (events.length === 0) return null;
  return (
    <p className="source-line">
      Dashed vertical lines:{" "}
      {events.map((e, i) => (
        <span key={e.date}>
          {i > 0 && "; "}
          <time dateTime={e.date}>{e.date}</time> {e.label}
        </span>
      ))}
      .
    </p>
  );
}
