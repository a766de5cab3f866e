"use client";
// "Bring your own data". The heading, the explanation and the drop zone are part of the page; the
// code that reads, checks and merges files (UploadWork and its worker) loads when the reader first
// reaches for it: a press or keyboard focus in this section, a file dragged over it, or a file
// chosen. Files chosen before it has loaded wait for it. The published data the files are
// compared with and merged into is fetched with it. Not when the section merely scrolls near the
// screen or a pointer passes over it: a reader who reads the page to the bottom and uploads
// nothing would download it for nothing, and the script budget (BENCHMARKS.md, "Budgets") counts a whole read.
import { useCallback, useState, type ReactNode } from "react";
import type { DataBundle } from "@/lib/data/bundle";
import type { MergeMode } from "@/lib/upload/merge";
import { loadPublishedBundle } from "../published-bundle";
import { useLazyModule } from "../use-lazy-module";
import { DropZone } from "./DropZone";
import type { AppliedFile, FileBatch } from "./UploadWork";
import styles from "./upload.module.css";

export interface UploadPanelProps {
  /** The section's `<h2 id="upload-title">` and explanation: UploadIntro, rendered on the server. */
  intro: ReactNode;
  onApply(result: { bundle: DataBundle; files: AppliedFile[]; mode: MergeMode }): void;
  onReset(): void;
  /** Whether the dashboard shows the reader's data now. */
  active: boolean;
}

const loadWork = () =>
  Promise.all([import("./UploadWork"), loadPublishedBundle()]).then(([work, published]) => ({
    UploadWork: work.UploadWork,
    published,
  }));

export function UploadPanel({ intro, onApply, onReset, active }: UploadPanelProps) {
  const [reached, setReached] = useState(false);
  const [batches, setBatches] = useState<FileBatch[]>([]);
  const { module, error, retry } = useLazyModule(loadWork, reached || active);
  const reach = useCallback(() => setReached(true), []);
  const addFiles = (files: File[]) => {
    setReached(true);
    // Applying the files will need the dashboard's recompute code: fetch it while they are read.
    import("@/lib/dashboard/compute").catch(() => {}); // the dashboard reports a failure if it recurs
    setBatches((list) => [...list, { seq: list.length + 1, files }]);
  };
  const Work = module?.UploadWork;

  return (
    <section
      className={`panel ${styles.root}`}
      id="upload"
      aria-labelledby="upload-title"
      onFocus={reach}
      onPointerDown={reach}
      onDragEnter={reach}
    >
      {intro}
      <DropZone onFiles={addFiles} />
      {Work ? (
        <Work
          published={module.published}
          batches={batches}
          onApply={onApply}
          onReset={onReset}
          active={active}
        />
      ) : error ? (
        <p role="alert" className={styles.problem}>
          The upload could not be loaded ({error.message}).{" "}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </p>
      ) : (
        batches.length > 0 && (
          <p role="status" className="muted">
            Loading the upload…
          </p>
        )
      )}
    </section>
  );
}
