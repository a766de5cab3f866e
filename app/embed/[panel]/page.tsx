// /embed/<panel>: one panel for other sites to frame (next.config.js and out/_headers send it
// `frame-ancestors *`). Prerendered for each panel in the default view; a view in the query string
// is recomputed in the browser, as on `/`.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadSite } from "@/lib/server/site";
import { EmbedPanel } from "../EmbedPanel";

export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ panel: string }[]> {
  const { panels } = await loadSite();
  return panels.map((p) => ({ panel: p.id }));
}

type Params = { params: Promise<{ panel: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { panel } = await params;
  const found = (await loadSite()).panels.find((p) => p.id === panel);
  return { title: found?.title ?? "Chart", robots: { index: false } };
}

export default async function EmbedPage({ params }: Params) {
  const { panel: id } = await params;
  const panel = (await loadSite()).panels.find((p) => p.id === id);
  if (!panel) notFound();
  return (
    <EmbedPanel initial={{ ...panel, views: panel.views.map((v) => ({ ...v, rows: null })) }} />
  );
}
