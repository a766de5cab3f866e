// The one facade pages and route handlers load through: data read and computed once per process
// (data/ only changes between builds).
import { computeChecks } from "../checks/registry";
import { computeMetrics } from "../metrics/registry";
import { buildHeadlines } from "../panels/headlines";
import { buildPanels } from "../panels";
import { loadBundle } from "./load-data";

async function computeSite() {
  const bundle = await loadBundle();
  const metrics = computeMetrics(bundle);
  const checks = computeChecks(bundle, metrics);
  return {
    bundle,
    metrics,
    checks,
    panels: buildPanels(bundle, metrics),
    headlines: buildHeadlines(bundle, checks, metrics),
  };
}

export type Site = Awaited<ReturnType<typeof computeSite>>;

let site: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  site ??= computeSite();
  return site;
}
