"use client";
// One uploaded file: what it is for, how far it has been read, and its validation report.
import { useEffect, useId, useRef } from "react";
import { findDataset } from "@/lib/data/datasets";
import { formatNumber } from "@/lib/format";
import { formatBytes } from "@/lib/upload/size";
import { UPLOAD_TARGETS, type UploadTarget } from "@/lib/upload/targets";
import { saveBlob } from "../save-blob";
import type { UploadFile } from "./files-state";
import { ReadAs } from "./ReadAs";
import { RejectedTable } from "./RejectedTable";
import { WideStep } from "./WideStep";
import { CellText } from "../CellText";
import styles from "./upload.module.css";

const n = (value: number) => formatNumber(value, 0);

const targetLabel = (t: UploadTarget) => {
  const spec = findDataset(t);
  return spec ? `${spec.name}.csv — ${spec.title}` : `${t}.csv`;
};

const STATUS_TEXT: Partial<Record<UploadFile["status"], string>> = {
  checking: "Reading the header…",
  choose: "Which dataset is this file for? Choose one to read it.",
  queued: "Waiting to be read.",
  cancelled: "Cancelled: nothing from this file is used.",
};

export interface FileItemProps {
  item: UploadFile;
  onChoose(target: UploadTarget): void;
  /** Read a wide table again as one row per period, with `fill` for the columns it lacks. */
  onWiden(fill: Record<string, string>): void;
  /** Source ids the reader may cite (for the wide-table step). */
  sourceIds: readonly string[];
  onCancel(): void;
  onRemove(): void;
  /** Ask the worker for the rejected rows' CSV (FileItem saves it when it comes). */
  onAskRejected(): void;
}

export function FileItem({
  item,
  onChoose,
  onWiden,
  sourceIds,
  onCancel,
  onRemove,
  onAskRejected,
}: FileItemProps) {
  const { file, status, progress, result, target, rejectedCsv } = item;
  const csvName = `${file.name.replace(/\.csv$/i, "")}-rejected.csv`;
  // The CSV is written when first asked for, then kept: saved the moment it arrives.
  const waitingForCsv = useRef(false);
  useEffect(() => {
    if (!waitingForCsv.current || !(rejectedCsv instanceof Blob)) return;
    waitingForCsv.current = false;
    saveBlob(rejectedCsv, csvName);
  }, [rejectedCsv, csvName]);
  const onDownloadRejected = () => {
    if (rejectedCsv instanceof Blob) return saveBlob(rejectedCsv, csvName);
    if (rejectedCsv === "asked") return;
    waitingForCsv.current = true;
    onAskRejected();
  };
  const selectId = useId();
  const reading = status === "reading" || status === "queued" || status === "checking";
  return (
    <li className={styles.file} data-status={status}>
      <p className={styles.fileHead}>
        <strong>
          <CellText text={file.name} />
        </strong>{" "}
        <span className="muted">{formatBytes(file.size)}</span>
        {target && status !== "choose" && <span> · for {targetLabel(target)}</span>}
      </p>
      {status === "choose" && (
        <p>
          <label htmlFor={selectId}>
            Dataset for <CellText text={file.name} />:{" "}
          </label>
          <select
            id={selectId}
            defaultValue=""
            onChange={(e) => onChoose(e.currentTarget.value as UploadTarget)}
          >
            <option value="" disabled>
              Choose…
            </option>
            {UPLOAD_TARGETS.map((t) => (
              <option key={t} value={t}>
                {targetLabel(t)}
              </option>
            ))}
          </select>
        </p>
      )}
      <div aria-live="polite">
        {STATUS_TEXT[status] && <p className="muted">{STATUS_TEXT[status]}</p>}
        {rejectedCsv === "asked" && (
          <p className="muted">Writing the rejected rows and their reasons as CSV…</p>
        )}
        {item.message && (
          <p className={status === "refused" || status === "failed" ? styles.problem : undefined}>
            {item.message}
          </p>
        )}
        {status === "reading" && (
          <p className={styles.progress} data-testid="upload-progress">
            <progress
              max={progress?.totalBytes || file.size || 1}
              value={progress?.bytes ?? 0}
              aria-label={`Reading ${file.name}`}
            />{" "}
            {n(progress?.rows ?? 0)} rows · {formatBytes(progress?.bytes ?? 0)} of{" "}
            {formatBytes(progress?.totalBytes ?? file.size)}
          </p>
        )}
        {result && (
          <p data-testid="upload-report" className={styles.counts}>
            {n(result.rows)} {result.rows === 1 ? "row" : "rows"} read:{" "}
            <strong>{n(result.valid)} accepted</strong>,{" "}
            <strong className={result.rejected > 0 ? styles.problem : undefined}>
              {n(result.rejected)} rejected
            </strong>
            {result.rejected > 0 && " (left out; listed below)"}.
          </p>
        )}
      </div>
      {result && <ReadAs notes={result.notes} lines={result.lines} />}
      {result?.wide && <WideStep offer={result.wide} sourceIds={sourceIds} onRead={onWiden} />}
      <div className="toolbar">
        {reading && (
          <button type="button" data-testid="upload-cancel" onClick={onCancel}>
            Cancel
          </button>
        )}
        {result && result.errorCount > 0 && (
          <button
            type="button"
            // Not `disabled`: the button keeps the keyboard's focus while the CSV is written.
            aria-disabled={item.rejectedCsv === "asked"}
            onClick={onDownloadRejected}
          >
            {item.rejectedCsv === "asked"
              ? "Preparing rejected rows…"
              : "Download rejected rows (CSV)"}
          </button>
        )}
        {!reading && (
          <button type="button" onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
      {result && result.errorCount > 0 && <RejectedTable name={file.name} result={result} />}
    </li>
  );
}
