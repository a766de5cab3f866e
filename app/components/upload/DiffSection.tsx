// What applying the upload would change, dataset by dataset, against the published data.
import { formatNumber } from "@/lib/format";
import type { DiffLine, DiffSummary } from "@/lib/upload/compare";
import styles from "./upload.module.css";

const n = (value: number) => formatNumber(value, 0);

const changeText = (l: DiffLine) =>
  l.kind === "changed" ? `${l.columns.join(", ")} changed` : l.kind;

function DiffTable({ diff }: { diff: DiffSummary }) {
  const total = diff.added + diff.removed + diff.changed;
  if (diff.lines.length === 0) return null;
  return (
    <div className="table-wrap">
      <table data-testid="diff-table">
        <caption>
          {diff.dataset}.csv: rows that differ from the published data
          {total > diff.lines.length && ` (the first ${n(diff.lines.length)} of ${n(total)})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Series</th>
            <th scope="col">Unit</th>
            <th scope="col" className="num">
              Published
            </th>
            <th scope="col" className="num">
              Yours
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {diff.lines.map((l) => (
            <tr key={`${l.kind}|${l.period}|${l.series}|${l.unit}`} data-kind={l.kind}>
              <td>{l.period}</td>
              <td className={styles.nowrap}>{l.series}</td>
              <td className={styles.nowrap}>{l.unit}</td>
              <td className="num">{l.before ?? "–"}</td>
              <td className="num">{l.after ?? "–"}</td>
              <td className={styles.nowrap}>{changeText(l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DiffSection({ diffs }: { diffs: DiffSummary[] }) {
  return (
    <section aria-labelledby="upload-diff-title" className={styles.diff}>
      <h3 id="upload-diff-title">Compared with the published data</h3>
      {diffs.map((d) => (
        <div key={d.dataset} data-dataset={d.dataset}>
          <p data-testid="diff-counts">
            <strong>{d.dataset}.csv</strong>: {n(d.added)} added, {n(d.changed)} changed,{" "}
            {n(d.removed)} removed, {n(d.unchanged)} unchanged.
          </p>
          <DiffTable diff={d} />
        </div>
      ))}
    </section>
  );
}
