// One derived metric in full: value, range, formula, and every input with the sentence behind it.
// The methodology page and the dashboard's "How is this computed?" both render it.
import type { Source } from "@/lib/data/types";
import { formatExact, formatRange, formatWithUnit } from "@/lib/format";
import type { Metric, MetricInput } from "@/lib/metrics/types";
import { SourceLink } from "./SourceLink";
import styles from "./metric-card.module.css";
import { CellText } from "./CellText";

export type SourceIndex = ReadonlyMap<string, Source>;

export function Quote({ source }: { source: Source }) {
  const cite = /^https?:\/\//.test(source.url) ? source.url : undefined;
  return (
    <blockquote cite={cite}>
      <CellText text={source.quote} />
    </blockquote>
  );
}

function InputItem({ input, sources }: { input: MetricInput; sources: SourceIndex }) {
  const source = sources.get(input.sourceId);
  return (
    <li>
      {input.label}: <strong>{formatExact(input.value, input.unit)}</strong>
      {input.origin === "reader" && <span className="whose"> (yours)</span>}{" "}
      <span className="muted">({input.ref})</span>
      {input.origin === "reader" ? (
        <span className="muted">
          {" "}
          — your data, from your upload: no published source states it.
        </span>
      ) : input.origin === "assumption" || input.sourceId === "" ? (
        <span className="muted">
          {" "}
          — an assumption (this project&apos;s or your scenario&apos;s), not a sourced figure.
        </span>
      ) : source ? (
        <>
          {" "}
          — <SourceLink source={source} />
          {source.date && <span className="muted">, {source.date}</span>}
          <Quote source={source} />
        </>
      ) : (
        <span className="muted"> — source {input.sourceId} is not in sources.csv.</span>
      )}
    </li>
  );
}

export function MetricCard({
  metric,
  sources,
  idPrefix = "",
}: {
  metric: Metric;
  sources: SourceIndex;
  idPrefix?: string;
}) {
  const ranged = metric.low !== metric.high;
  return (
    <li id={`${idPrefix}metric-${metric.id}`} className={styles.item} data-metric={metric.id}>
      <h3>{metric.label}</h3>
      <dl className={styles.facts}>
        <dt>Value</dt>
        <dd>
          <strong className="metric-value" data-value={metric.value ?? ""}>
            {formatWithUnit(metric.value, metric.unit)}
          </strong>
        </dd>
        <dt>Range</dt>
        <dd>
          {ranged
            ? `${formatRange(metric.low, metric.high, metric.unit)}, from ${metric.rangeFrom}`
            : "none: no input carries a range"}
        </dd>
        {metric.flags.length > 0 && (
          <>
            <dt>Fallback</dt>
            <dd className="flag" data-testid="metric-flag">
              {metric.flags.join("; ")}
            </dd>
          </>
        )}
        <dt>Formula</dt>
        <dd>
          <code>{metric.formula}</code>
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{metric.id}</code>
        </dd>
      </dl>
      {metric.inputs.length > 0 ? (
        <>
          <p className={styles.subhead}>Inputs</p>
          <ul className={styles.inputs}>
            {metric.inputs.map((input) => (
              <InputItem key={`${input.ref}|${input.label}`} input={input} sources={sources} />
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No inputs: a figure this metric needs is missing from the data.</p>
      )}
      {metric.note && <p className="muted">{metric.note}</p>}
    </li>
  );
}
