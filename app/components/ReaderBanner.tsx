"use client";
import { Fragment, useEffect, useRef } from "react";
import type { DataBundle } from "@/lib/data/bundle";
import { formatNumber } from "@/lib/format";
import { CellText } from "./CellText";
import { useReaderKept } from "./reader-storage";

export interface ReaderData {
  bundle: DataBundle;
  mode: "replace" | "extend";
  files: { name: string; dataset: string; rows: number; valid: number; rejected: number }[];
}

/** Says plainly that the page shows the reader's data, with the way back one click away. */
export function ReaderBanner({ reader, onReset }: { reader: ReaderData; onReset(): void }) {
  const kept = useReaderKept();
  const banner = useRef<HTMLDivElement>(null);
  // Where the banner stays at the top of the window (globals.css), a panel scrolled to (its
  // address's #panel, a view's `panel=`) must come to rest below it, not under it: the page's
  // scroll padding follows the banner's height as its text wraps.
  useEffect(() => {
    const element = banner.current;
    if (!element) return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty("--reader-banner-height", `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty("--reader-banner-height");
    };
  }, []);
  return (
    <div ref={banner} className="reader-banner" role="status" data-testid="reader-banner">
      <p>
        <strong>You are looking at your own data.</strong>{" "}
        {reader.mode === "replace" ? "Replaced" : "Extended"} with{" "}
        {reader.files.map((f, i) => (
          // A file name is the reader's text: a right-to-left override in it is named, not obeyed.
          <Fragment key={i}>
            {i > 0 && ", "}
            <CellText text={f.name} /> ({formatNumber(f.valid, 0)} of {formatNumber(f.rows, 0)}{" "}
            rows, {f.dataset})
          </Fragment>
        ))}
        . Every number, chart, check and download below is recomputed from it, in your browser;
        nothing was sent anywhere.
      </p>
      {kept !== "unknown" && (
        <p data-testid="reader-kept" data-kept={kept}>
          {kept === "kept"
            ? "It is kept in this browser, so a reload or another page of this site still shows it, until you return to the published data."
            : "This browser would not keep it (a private window, or storage refused or full): a reload returns to the published data."}
        </p>
      )}
      <button type="button" onClick={onReset}>
        Return to the published data
      </button>
    </div>
  );
}
