// The one facade pages and route handlers load through: data read and computed once per build.
import { cache } from "react";
import { computeChecks } from "../checks/registry";
import { computeMetrics } from "../metrics/registry";
import { buildHeadlines } from "../panels/headlines";
import { buildPanels } from "../panels";
import { loadBundle } from "./load-data";

export const loadSite = cache(async () => {
  const bundle = await loadBundle();
  const metrics = computeMetrics(bundle);
  const checks = computeChecks(bundle, metrics);
  return {
    bundle,
    metrics,
    checks,
    panels: buildPanels(bundle, metrics),
    headlines: buildHeadlines(bundle, checks),
  };
});

export type Site = Awaited<ReturnType<typeof loadSite>>;
