import { count } from "./count";
import styles from "@/app/catalog.module.css";

/** A catalog file's download link at its stable address `/data/<file>`, with its row count when known. */
export function Download({ file, rows }: { file: string; rows: number | null }) {
  return (
    <p className={styles.download}>
      <a href={`/data/${file}`} download>
        Download {file}
      </a>
      {rows !== null && <span className="muted"> · {count(rows, "row", "rows")}</span>}
    </p>
  );
}
