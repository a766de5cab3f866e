"use client";
// The working part of "Bring your own data", loaded when the reader first reaches for it: the
// files chosen in UploadPanel's drop zone are read and validated in a worker, shown with every
// rejected row, compared with the published data, and applied only when the reader says.
// The rows stay in the worker until then, so a file of a million rows never blocks the page.
// Nothing here makes a network request: the files never leave the browser.
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { DataBundle } from "@/lib/data/bundle";
import type { DiffSummary } from "@/lib/upload/compare";
import type { MergeMode } from "@/lib/upload/merge";
import { DiffSection } from "./DiffSection";
import { FileItem } from "./FileItem";
import { filesReducer, knownSourceIds, pending } from "./files-state";
import { ModeChoice } from "./ModeChoice";
import type { AppliedFile } from "@/lib/upload/reader-db";
import { useUploadWorker } from "./use-upload-worker";
import styles from "./upload.module.css";

export type { AppliedFile } from "@/lib/upload/reader-db";

/** Files the reader chose, in the order chosen; `seq` counts up, so each batch is read once. */
export interface FileBatch {
  seq: number;
  files: File[];
}

export interface UploadWorkProps {
  published: DataBundle;
  batches: FileBatch[];
  /**
   * `kept`: whether the worker stored the bundle for a reload (lib/upload/reader-db.ts). "Apply"
   * shows as busy until a returned promise settles (the dashboard prepares the reader's rows).
   */
  onApply(result: {
    bundle: DataBundle;
    files: AppliedFile[];
    mode: MergeMode;
    kept?: Promise<boolean>;
  }): void | Promise<void>;
  onReset(): void;
  /** Whether the dashboard shows the reader's data now. */
  active: boolean;
}

export function UploadWork({ published, batches, onApply, onReset, active }: UploadWorkProps) {
  const [files, dispatch] = useReducer(filesReducer, []);
  const [mode, setMode] = useState<MergeMode>("extend");
  const [diffs, setDiffs] = useState<DiffSummary[] | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const { post, merge, release, warm } = useUploadWorker(dispatch);
  const sent = useRef(new Set<string>());
  const count = useRef(0);

  // The reducer decides what is read next; this tells the worker, once per file and step.
  const publishedIds = useMemo(() => published.sources.map((s) => s.id), [published]);
  useEffect(() => {
    for (const f of files) {
      const key = `${f.status}:${f.id}:${f.reading}`;
      if (sent.current.has(key)) continue;
      if (f.status === "checking") post({ type: "peek", id: f.id, file: f.file });
      else if (f.status === "reading" && f.target)
        post({
          type: "parse",
          id: f.id,
          file: f.file,
          dataset: f.target,
          knownSourceIds: knownSourceIds(publishedIds, files),
          wide: f.wide ?? undefined,
        });
      else continue;
      sent.current.add(key);
    }
  }, [files, publishedIds, post]);

  const done = files.filter((f) => f.status === "done" && f.result);
  const doneIds = done.map((f) => f.id).join(" ");
  // Whenever the files read or the mode change, the worker compares anew; a stale answer is dropped.
  useEffect(() => {
    if (!doneIds) return;
    let current = true;
    merge(published, doneIds.split(" "), mode, false).then(
      (merged) => current && setDiffs(merged.diffs),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [doneIds, mode, published, merge]);

  // The last file removed (or none yet): the worker's memory goes back to the browser.
  useEffect(() => {
    if (files.length === 0) release();
  }, [files.length, release]);
  // After the release above: the worker starts while the reader is choosing a file.
  useEffect(warm, [warm]);

  const taken = useRef(0);
  useEffect(() => {
    for (const batch of batches) {
      if (batch.seq <= taken.current) continue;
      taken.current = batch.seq;
      if (batch.files.length === 0) continue;
      dispatch({
        type: "add",
        files: batch.files.map((file) => ({ id: `f${++count.current}`, file })),
      });
    }
  }, [batches]);
  const cancel = (id: string) => {
    post({ type: "cancel", id });
    dispatch({ type: "cancel", id });
  };
  const remove = (id: string) => {
    post({ type: "forget", id });
    dispatch({ type: "remove", id });
  };

  const waiting = files.some(pending);
  const ready = done.length > 0 && !waiting && !applying;
  const apply = () => {
    const applied = done.map(({ file, result }) => ({
      name: file.name,
      dataset: result!.dataset,
      rows: result!.rows,
      valid: result!.valid,
      rejected: result!.rejected,
    }));
    const chosenMode = mode;
    setApplying(true);
    setApplyError(null);
    merge(
      published,
      done.map((f) => f.id),
      chosenMode,
      true,
      { files: applied },
    )
      .then(
        ({ bundle, kept }) =>
          bundle && onApply({ bundle, files: applied, mode: chosenMode, kept: kept ?? undefined }),
      )
      .catch((err: Error) => setApplyError(`Your data could not be applied: ${err.message}`))
      .finally(() => setApplying(false));
  };

  return (
    <>
      {files.length > 0 && (
        <ol className={styles.files}>
          {files.map((f) => (
            <FileItem
              key={f.id}
              item={f}
              onChoose={(target) => dispatch({ type: "choose", id: f.id, target })}
              onWiden={(fill) => dispatch({ type: "widen", id: f.id, fill })}
              sourceIds={publishedIds}
              onCancel={() => cancel(f.id)}
              onRemove={() => remove(f.id)}
              onAskRejected={() => {
                post({ type: "rejected-csv", id: f.id });
                dispatch({ type: "rejected-csv-asked", id: f.id });
              }}
            />
          ))}
        </ol>
      )}
      {done.length > 0 && (
        <>
          <ModeChoice mode={mode} onChange={setMode} />
          {diffs && <DiffSection diffs={diffs} />}
        </>
      )}
      <div className="toolbar">
        <button type="button" data-testid="upload-apply" disabled={!ready} onClick={apply}>
          {applying ? "Applying…" : "Apply to the dashboard"}
        </button>
        {active && (
          <button type="button" data-testid="upload-reset" onClick={onReset}>
            Return to the published data
          </button>
        )}
      </div>
      {applyError && (
        <p role="alert" className={styles.problem}>
          {applyError}
        </p>
      )}
      {done.length > 0 && waiting && (
        <p className="muted" data-testid="upload-apply-waits">
          Apply is available once every file has been read
          {files.some((f) => f.status === "choose") && " and each has its dataset chosen"}.
        </p>
      )}
      {active && (
        <p role="status" className={styles.active}>
          The dashboard now shows your data.
        </p>
      )}
    </>
  );
}
