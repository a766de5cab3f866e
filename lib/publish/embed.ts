// Embed addresses and the iframe code the share dialog hands out. An embed is one panel of the
// dashboard at /embed/<panel>; the reader's view travels in the query string, as on `/`.
import { parseViewState } from "../view/parse";
import { serializeViewState } from "../view/state";

/** Where an embed lives, relative to the site's origin. */
export const embedPath = (panelId: string) => `/embed/${panelId}`;

/**
 * The query an embed of `panelId` needs from a dashboard query (`?oil=Mt&views=oil:monthly…`):
 * units, years, mode, scenario and that panel's view; other panels' views, the open tables and
 * the scroll position are dropped, so equal charts get equal embed links. Returns "" or "?…".
 */
export function embedQuery(dashboardQuery: string, panelId: string): string {
  const view = parseViewState(dashboardQuery);
  const own = view.views[panelId];
  const query = serializeViewState({
    ...view,
    views: own ? { [panelId]: own } : {},
    tables: [],
    panel: null,
  });
  return query ? `?${query}` : "";
}

/** The dashboard address an embed links back to: the same view, scrolled to the panel. */
export function dashboardLink(embedSearch: string, panelId: string): string {
  const query = serializeViewState({ ...parseViewState(embedSearch), panel: panelId });
  return `/?${query}#${panelId}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * HTML a newsroom pastes into its page: a full-width iframe, `height` CSS pixels tall (default
 * 600: the chart, its legend and source line at phone widths), with a title for screen readers.
 */
export function iframeCode(url: string, title: string, height = 600): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
}
