"use client";
// Fetched on the first press of "Share this view" (ShareButton.tsx), not with the page.
import { useEffect, useRef, useState } from "react";
import { embedPath, embedQuery, iframeCode } from "@/lib/publish/embed";

interface PanelChoice {
  id: string;
  title: string;
}

/** The panels on the page, in order, as the dashboard renders them (`section[data-panel]` + h2). */
function panelsOnPage(): PanelChoice[] {
  return [...document.querySelectorAll<HTMLElement>("section[data-panel]")].map((s) => ({
    id: s.dataset.panel ?? "",
    title: s.querySelector("h2")?.textContent ?? s.dataset.panel ?? "",
  }));
}

/** What the dialog shows, read from the page when it opens. */
function pageNow() {
  const panels = panelsOnPage();
  const current = new URLSearchParams(window.location.search).get("panel");
  return {
    url: window.location.href,
    search: window.location.search,
    panels,
    panelId: panels.find((p) => p.id === current)?.id ?? panels[0]?.id ?? "",
  };
}

/**
 * "Share this view": the URL holds units, view, scenario and panel; uploaded data never goes in
 * it. "Embed a chart": the iframe code for one panel at /embed/<panel>, in the same view.
 * It opens (modal) when mounted: ShareButton mounts it afresh for each press, so each opening
 * reads the page as it is then. Rendered only in the browser, after a press.
 */
export function ShareDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [{ url, search, panels, panelId: firstPanel }] = useState(pageNow);
  const [panelId, setPanelId] = useState(firstPanel);
  const [copied, setCopied] = useState<"link" | "embed" | null>(null);
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const panel = panels.find((p) => p.id === panelId);
  const embedUrl = panel
    ? `${window.location.origin}${embedPath(panel.id)}${embedQuery(search, panel.id)}`
    : "";
  const code = panel ? iframeCode(embedUrl, panel.title) : "";
  const copy = async (what: "link" | "embed", text: string, fieldId: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      // Clipboard access can be refused; the field stays selected so the reader can copy by hand.
      document.getElementById(fieldId)?.focus();
    }
  };
  return (
    <dialog ref={dialog} aria-labelledby="share-title" className="share-dialog">
      <h2 id="share-title">Share this view</h2>
      <p>
        This link reopens the dashboard with the same units, years, scenario, chart views and panel.
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
        <button type="button" onClick={() => copy("link", url, "share-url")}>
          {copied === "link" ? "Copied" : "Copy link"}
        </button>
      </div>
      <h3>Embed a chart</h3>
      <p>
        Paste this into any web page: the chart in this view, with its title, source line and a link
        back here. It resizes to the width it is given.
      </p>
      <label htmlFor="embed-panel">Chart</label>
      <select id="embed-panel" value={panelId} onChange={(e) => setPanelId(e.target.value)}>
        {panels.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <label htmlFor="embed-code">Embed code</label>
      <textarea
        id="embed-code"
        readOnly
        rows={4}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="muted">
        Preview: <a href={embedUrl}>{embedUrl}</a>
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => copy("embed", code, "embed-code")}>
          {copied === "embed" ? "Copied" : "Copy embed code"}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
