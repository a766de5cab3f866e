// /data/bundle.json: the published data as the dashboard's own code reads it (validated, typed),
// prerendered at build. The first visit does not need it: `/` arrives computed. The browser
// fetches it once the reader asks for something else (a view, a scenario, an upload, a download).
import { loadSite } from "@/lib/server/site";

export const dynamic = "force-static";

export async function GET() {
  const { bundle } = await loadSite();
  return Response.json(bundle, { headers: { "Cache-Control": "public, max-age=300" } });
}
