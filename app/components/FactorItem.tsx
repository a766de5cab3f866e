import { SourceLink } from "@/app/components/SourceLink";
import { Quote, type SourceIndex } from "@/app/components/MetricCard";
import type { Factor } from "@/lib/data/types";
import { decimalsOf, formatExact, formatRange } from "@/lib/format";
import cardStyles from "@/app/components/metric-card.module.css";
import { CellText } from "./CellText";

/** One conversion factor on the methodology page: its central value, its range and the source that states it. */
export function FactorItem({ factor, sources }: { factor: Factor; sources: SourceIndex }) {
  const source = sources.get(factor.sourceId);
  const digits = Math.max(decimalsOf(factor.low), decimalsOf(factor.high));
  return (
    <li id={`factor-${factor.id}`} className={cardStyles.item}>
      <h3>
        <code>{factor.id}</code>
      </h3>
      <dl className={cardStyles.facts}>
        <dt>Value</dt>
        <dd>
          <strong>{formatExact(factor.value, factor.unit)}</strong>
        </dd>
        <dt>Range</dt>
        <dd>
          {factor.low === factor.high
            ? "none known"
            : formatRange(factor.low, factor.high, factor.unit, digits)}
        </dd>
        <dt>Source</dt>
        <dd>
          {source ? (
            <>
              <SourceLink source={source} />
              <Quote source={source} />
            </>
          ) : (
            factor.sourceId
          )}
        </dd>
      </dl>
      {factor.note && (
        <p className="muted">
          <CellText text={factor.note} />
        </p>
      )}
    </li>
  );
}
