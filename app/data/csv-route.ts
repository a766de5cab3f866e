// The GET handler of every /data/<file>.csv route: one static route folder per file
// (app/data/<file>.csv/route.ts), not one dynamic [file] route, because of how `next start`
// (Next 16.4) treats other methods. On a static route Next answers POST, PUT, DELETE, PATCH,
// OPTIONS, TRACE… itself with 405 and `Allow: GET, HEAD`, before any handler runs. On a route
// with a dynamic segment it served the prerendered CSV with 200 to POST, PUT, DELETE, PATCH and
// OPTIONS, and TRACE answered 500 with a stack trace in the server log (the Fetch API `Request`
// refuses TRACE, and Next builds one before it looks at the method). A proxy.ts would not help:
// it builds the same `Request`, and a static export (`output: "export"`) has no proxy.
// tests/hostile/csv-routes.test.ts checks that the folders are exactly csvFileNames().
import { csvForFile, savedFileName } from "@/lib/export/files";
import { loadSite } from "@/lib/server/site";

/** A GET handler serving `file` (a name from csvFileNames()) as a CSV download; 404 otherwise. */
export function csvRoute(file: string): () => Promise<Response> {
  return async () => {
    const site = await loadSite();
    const text = csvForFile(site, file);
    if (text === null) return new Response("Not found\n", { status: 404 });
    return new Response(text, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        // The dataset's name with its vintage; the validator and the upload read the dataset
        // from it (lib/upload/detect.ts nameFromFile), so a download re-validates as it is.
        "Content-Disposition": `attachment; filename="${savedFileName(site, file)}"`,
        "Cache-Control": "public, max-age=300",
      },
    });
  };
}
