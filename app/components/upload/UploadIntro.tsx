// The upload section's heading and explanation, rendered on the server and handed to the
// dashboard as markup: static prose in a client component would be sent twice, as HTML and as
// script, and the script budget (BENCHMARKS.md, "Budgets") counts a whole read of the page.
import { formatBytes, MAX_UPLOAD_BYTES } from "@/lib/upload/size";
import styles from "./upload.module.css";

/** The `<h2 id="upload-title">` UploadPanel's section is labelled by, and what the upload does. */
export function UploadIntro() {
  return (
    <>
      <h2 id="upload-title">Bring your own data</h2>
      <p className={styles.intro}>
        Upload CSV files in the shape of any dataset on the <a href="/data">data page</a> (or
        sources, factors, events) and every number on this page recomputes from them. Your files are
        read in this browser only: nothing is sent anywhere. Up to {formatBytes(MAX_UPLOAD_BYTES)}{" "}
        per file; larger files are refused before they are read.
      </p>
    </>
  );
}
