import { SourceLink } from "@/app/components/SourceLink";
import { Quote, type SourceIndex } from "@/app/components/MetricCard";
import { periodName } from "@/lib/catalog/period-name";
import type { Observation } from "@/lib/data/types";
import { formatWithUnit } from "@/lib/format";

/**
 * One term and description (`<dt>`/`<dd>`, for a `<dl>`) naming a row's value, its period and
 * basis, and the source that states it: the methodology page's savings-period pair.
 */
export function PeriodRow({
  label,
  row,
  sources,
}: {
  label: string;
  row: Observation;
  sources: SourceIndex;
}) {
  const source = sources.get(row.sourceId);
  const name = periodName(row.period);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <strong>{formatWithUnit(row.value, row.unit)}</strong> for {name} ({row.period.months}{" "}
        months
        {name !== row.period.label && (
          <>
            , <code>{row.period.label}</code>
          </>
        )}
        , {row.basis})
        {source && (
          <>
            {" "}
            — <SourceLink source={source} />
            <Quote source={source} />
          </>
        )}
      </dd>
    </>
  );
}
