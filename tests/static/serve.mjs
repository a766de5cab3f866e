// A plain static file server (node:http only), standing in for nginx or a CDN in the tests:
// it knows nothing of Next.js. It maps a URL path to a file the way common hosts do (the path
// itself, then `<path>.html`, then `<path>/index.html`; else 404.html with status 404), and sends
// the headers of `_headers` the way Netlify and Cloudflare Pages read that file: every rule whose
// pattern matches applies, and a header set by two rules is sent once with the values joined by
// ", " (so two Content-Security-Policy rules would show up as one combined, stricter policy).
//
//   node tests/static/serve.mjs out 3400     serve out/ on http://127.0.0.1:3400
//   import { serveStatic } from "./serve.mjs"; const { url, close } = await serveStatic("out");
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** `_headers` text → [{ pattern: RegExp, headers: [[name, value]] }]. */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const at = line.indexOf(":");
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers every matching rule sets for `urlPath`, duplicates joined as hosts join them. */
function headersFor(rules, urlPath) {
  const out = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return Object.fromEntries(out);
}

async function isFile(file) {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function resolveFile(root, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, "index.html")]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/** Serve `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { url, close() }. */
export async function serveStatic(dir, port = 0) {
  const root = path.resolve(dir);
  const rules = parseHeadersFile(
    await readFile(path.join(root, "_headers"), "utf8").catch(() => ""),
  );
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://x").pathname;
    let file = await resolveFile(root, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = path.join(root, "404.html");
    }
    const body = await readFile(file).catch(() => Buffer.from("Not found\n"));
    res.writeHead(status, {
      ...headersFor(rules, urlPath),
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(resolve)),
    /** Lets the process exit while the server is open (Playwright loads a test file twice). */
    unref: () => server.unref(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "out", port = "3400"] = process.argv.slice(2);
  const { url } = await serveStatic(dir, Number(port));
  console.log(`serving ${dir} on ${url}`);
}
