import { formatNumber } from "@/lib/format";
import type { PanelRow } from "@/lib/panels/rows";

/** The accessible alternative to a chart: the same rows, every number with its basis and source. */
export function PanelTable({ rows, caption }: { rows: PanelRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Series</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Basis</th>
            <th scope="col">Source</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.series}|${r.period}|${r.unit}`}
              data-series={r.series}
              data-period={r.period}
              data-unit={r.unit}
            >
              <td>{r.period}</td>
              <td>{r.seriesLabel}</td>
              <td className="num" data-value={r.value}>
                {r.basis === "derived" ? formatNumber(r.value, 3) : r.valueText}
              </td>
              <td>{r.unit}</td>
              <td>{r.basis}</td>
              <td>
                {r.origin === "reader" ? (
                  <span className="whose">your file</span>
                ) : (
                  <code>{r.sourceId}</code>
                )}
              </td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
