import type { Source } from "@/lib/data/types";
import { formatRange, formatWithUnit } from "@/lib/format";
import type { Metric } from "@/lib/metrics/types";
import { SourceLink } from "./SourceLink";

/** Each derived value with its formula, inputs and range: one rendering for panels and methodology. */
export function MetricList({ metrics, sources }: { metrics: Metric[]; sources: Source[] }) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <ul className="metric-list">
      {metrics.map((m) => (
        <li key={m.id} id={`metric-${m.id}`} data-metric={m.id}>
          <strong>{m.label}</strong>:{" "}
          <span className="metric-value" data-value={m.value ?? ""}>
            {formatWithUnit(m.value, m.unit)}
          </span>
          {m.low !== m.high && (
            <span className="muted"> (range {formatRange(m.low, m.high, m.unit)})</span>
          )}
          <br />
          <span className="muted">Formula:</span> <code>{m.formula}</code>
          <ul>
            {m.inputs.map((i) => {
              const source = byId.get(i.sourceId);
              return (
                <li key={i.ref + i.label}>
                  {i.label}: {i.value} {i.unit} <span className="muted">({i.ref})</span>
                  {source && (
                    <>
                      {" "}
                      — <SourceLink source={source} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {m.note && <p className="muted">{m.note}</p>}
        </li>
      ))}
    </ul>
  );
}
