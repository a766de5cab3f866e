"use client";
// The file picker, which is also where files can be dropped. The input is the keyboard's way in.
import { useId, useState } from "react";
import styles from "./upload.module.css";

export function DropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  return (
    <div
      className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <label htmlFor={inputId}>Choose CSV files</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".csv,text/csv"
        data-testid="upload-input"
        onChange={(e) => {
          onFiles([...(e.currentTarget.files ?? [])]);
          // The same file can then be chosen again, after it was edited.
          e.currentTarget.value = "";
        }}
      />
      <p className="muted">
        or drop them here. Several at once is fine: sources.csv is read first.
      </p>
    </div>
  );
}
