// /data/<file>.csv: every dataset, sources, factors, events, metrics and checks, prerendered at
// build. Unknown names answer 404 (dynamicParams = false).
import { csvFileNames, csvForFile, savedFileName } from "@/lib/export/files";
import { loadSite } from "@/lib/server/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return csvFileNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const site = await loadSite();
  const text = csvForFile(site, file);
  if (text === null) return new Response("Not found\n", { status: 404 });
  return new Response(text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // The dataset's name with its vintage; the validator and the upload read the dataset from
      // it (lib/upload/detect.ts nameFromFile), so a download re-validates as it is.
      "Content-Disposition": `attachment; filename="${savedFileName(site, file)}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
