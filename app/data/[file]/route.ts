// /data/<file>.csv: every dataset, sources, factors, events, metrics and checks, prerendered at
// build. Unknown names answer 404 (dynamicParams = false).
import { csvFileNames, csvForFile } from "@/lib/export/files";
import { loadSite } from "@/lib/server/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return csvFileNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = csvForFile(await loadSite(), file);
  if (text === null) return new Response("Not found\n", { status: 404 });
  return new Response(text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // The name the validator infers the dataset from, so a download re-validates as it is.
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
