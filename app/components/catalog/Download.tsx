import { count } from "./count";
import styles from "@/app/catalog.module.css";

/**
 * A catalog file's download link at its stable address `/data/<file>`, with its row count when
 * known. `saveAs` names the saved file when it should carry more than the address (a dataset's
 * vintage: lib/data/coverage.ts vintageFileName).
 */
export function Download({
  file,
  rows,
  saveAs,
}: {
  file: string;
  rows: number | null;
  saveAs?: string;
}) {
  return (
    <p className={styles.download}>
      <a href={`/data/${file}`} download={saveAs ?? true}>
        Download {file}
      </a>
      {rows !== null && <span className="muted"> · {count(rows, "row", "rows")}</span>}
      {saveAs && <span className="muted"> · saved as {saveAs}</span>}
    </p>
  );
}
