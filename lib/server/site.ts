// The one facade pages and route handlers load through: data read and computed once per process
// (data/ only changes between builds).
import { computeDashboard } from "../dashboard/compute";
import { DEFAULT_VIEW } from "../view/state";
import { loadBundle } from "./load-data";

async function computeSite() {
  const bundle = await loadBundle();
  // The published data in the default view: what `/` shows first and the other pages list.
  return { bundle, ...computeDashboard(bundle, DEFAULT_VIEW) };
}
export type Site = Awaited<ReturnType<typeof computeSite>>;

let site: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  site ??= computeSite();
  return site;
}
