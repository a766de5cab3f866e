// /data/datapackage.json: the Frictionless Data Package describing every CSV here
// (lib/publish/datapackage.ts), prerendered at build.
import { buildDataPackage } from "@/lib/publish/datapackage";
import { readSiteVersion } from "@/lib/publish/version";
import { loadSite } from "@/lib/server/site";

export const dynamic = "force-static";

export async function GET() {
  const site = await loadSite();
  const pkg = buildDataPackage(site, readSiteVersion(site.bundle.sources));
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
