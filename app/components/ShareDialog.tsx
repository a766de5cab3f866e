"use client";
import { useRef, useState } from "react";

/** "Share this view": the URL holds units, view, scenario and panel; uploaded data never goes in it. */
export function ShareDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState("");
  const [copied, setCopied] = useState(false);
  const open = () => {
    setUrl(window.location.href);
    setCopied(false);
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the field stays selected so the reader can copy by hand.
      document.getElementById("share-url")?.focus();
    }
  };
  return (
    <>
      <button type="button" className="share-button" onClick={open}>
        Share this view
      </button>
      <dialog ref={dialog} aria-labelledby="share-title" className="share-dialog">
        <h2 id="share-title">Share this view</h2>
        <p>
          This link reopens the dashboard with the same units, years, scenario, chart views and
          panel.
        </p>
        <label htmlFor="share-url">Link</label>
        <input
          id="share-url"
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        <p className="muted">
          Data you uploaded is not in the link and never leaves your browser: whoever opens it sees
          the published data.
        </p>
        <div className="toolbar">
          <button type="button" onClick={copy}>
            {copied ? "Copied" : "Copy link"}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
