// Every problem of the first rejected rows (PREVIEW_ROWS), row by row; the download has them all.
// The message comes right after the row number, so a phone shows it before the table scrolls.
import { formatNumber } from "@/lib/format";
import { PREVIEW_ROWS } from "@/lib/upload/preview";
import { CellText } from "../CellText";
import type { ParsedFile } from "./protocol";
import styles from "./upload.module.css";

export function RejectedTable({ name, result }: { name: string; result: ParsedFile }) {
  const capped = result.rejected > PREVIEW_ROWS;
  return (
    <div className="table-wrap">
      <table data-testid="rejected-table">
        <caption>
          Problems found in {name}
          {capped &&
            `: those of the first ${formatNumber(PREVIEW_ROWS, 0)} of ${formatNumber(result.rejected, 0)} rejected rows (the download lists them all)`}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">What is wrong</th>
            <th scope="col">Column</th>
            <th scope="col">Code</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((e, i) => (
            <tr key={i} data-row={e.row} data-code={e.code}>
              <td className="num">{e.row === 0 ? "file" : e.row}</td>
              <td className={styles.message}>
                <bdi>{e.message}</bdi>
              </td>
              <td className={styles.column}>
                <CellText text={e.column} />
              </td>
              <td className={styles.nowrap}>
                <code>{e.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
