// JavaScript a page loads, as sent over the wire (gzip): every script resource from navigation
// to network idle after the load event, read from the DevTools protocol. A script requested
// before the load event is on the critical path; one requested after it (a lazy chunk) is not.
import { launchChromium } from "./browser.mjs";

const IDLE_MS = 1_500;
const TIMEOUT_MS = 30_000;

const isScript = (r) => r.type === "Script" || /\.m?js(\?|$)/.test(new URL(r.url).pathname);

/** Waits until no request has been in flight for IDLE_MS. */
async function networkIdle(inflight) {
  const deadline = Date.now() + TIMEOUT_MS;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inflight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= IDLE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`network not idle after ${TIMEOUT_MS} ms`);
}

/**
 * The page read to the bottom with the mouse wheel, 300 px a step, 150 ms apart, the pointer at
 * (640, `pointerY`). Shared with tests/browser/on-demand.spec.mjs, which checks what it fetches.
 */
export async function wheelToBottom(page, pointerY) {
  await page.mouse.move(640, pointerY);
  for (let i = 0; i < 200; i++) {
    const atBottom = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atBottom) break;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
  }
}

/**
 * Reads the page to the bottom with the mouse wheel, the pointer over the middle of the window
 * (so whatever loads on a pointer passing over it loads), 300 px at a time with a pause, then
 * waits for the network to be idle. Returns the charts drawn (the upload's working part loads
 * with the published data: `dataFetched` in the result says whether /data/bundle.json came).
 */
async function readWholePage(page, inflight) {
  await wheelToBottom(page, 450);
  await networkIdle(inflight);
  return { charts: await page.locator(".chart-box canvas").count() };
}

/**
 * Loads `url` in a fresh context with an empty cache and `Accept-Encoding: gzip`.
 * Returns the scripts { path, bytes (encoded body), decodedBytes, encoding, phase }, the totals
 * before and after the load event, and the document's own encoded size. With `blockPrefetch`,
 * the router's prefetches of other routes (requests marked `Next-Router-Prefetch`) are refused,
 * so the scripts those would bring for the linked pages are left out. With `read`, the page is
 * then read to the bottom as a reader would (`readWholePage`) and everything loaded on the way
 * counts; the result says how many charts were built and whether the upload form was.
 */
async function measurePageScripts(browser, url, { blockPrefetch = false, read = false } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { "Accept-Encoding": "gzip" },
  });
  try {
    if (blockPrefetch) {
      await context.route("**/*", (route) =>
        route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
      );
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    const inflight = new Set();
    let loadAt = Infinity;
    cdp.on("Network.requestWillBeSent", (e) => {
      if (e.redirectResponse || !e.request.url.startsWith("http")) return;
      requests.set(e.requestId, { url: e.request.url, type: e.type, start: e.timestamp });
      inflight.add(e.requestId);
    });
    cdp.on("Network.responseReceived", (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      Object.assign(r, {
        type: e.type,
        status: e.response.status,
        encoding: headers["content-encoding"] ?? "identity",
        headerBytes: e.response.encodedDataLength,
        bodyBytes: 0,
        decodedBytes: 0,
      });
    });
    cdp.on("Network.dataReceived", (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      r.bodyBytes = (r.bodyBytes ?? 0) + e.encodedDataLength;
      r.decodedBytes = (r.decodedBytes ?? 0) + e.dataLength;
    });
    cdp.on("Network.loadingFinished", (e) => {
      const r = requests.get(e.requestId);
      if (r) {
        // The total counts the response headers too; what is left is the encoded body.
        r.bytes = e.encodedDataLength - (r.headerBytes ?? 0);
        r.finished = true;
      }
      inflight.delete(e.requestId);
    });
    cdp.on("Network.loadingFailed", (e) => inflight.delete(e.requestId));
    cdp.on("Page.loadEventFired", (e) => (loadAt = Math.min(loadAt, e.timestamp)));
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Page.enable");
    const response = await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await networkIdle(inflight);
    const reading = read ? await readWholePage(page, inflight) : null;

    const all = [...requests.values()].filter((r) => r.finished);
    const scripts = all.filter(isScript).map((r) => ({
      path: new URL(r.url).pathname,
      bytes: r.bytes,
      decodedBytes: r.decodedBytes,
      encoding: r.encoding,
      phase: r.start <= loadAt ? "before load" : "after load",
    }));
    const sum = (list) => list.reduce((total, s) => total + s.bytes, 0);
    const before = scripts.filter((s) => s.phase === "before load");
    const doc = all.find((r) => r.url === url || r.url === `${url}/`);
    return {
      url,
      scripts: scripts.sort((a, b) => b.bytes - a.bytes),
      totalBytes: sum(scripts),
      decodedBytes: scripts.reduce((total, s) => total + s.decodedBytes, 0),
      beforeLoadBytes: sum(before),
      afterLoadBytes: sum(scripts) - sum(before),
      documentBytes: doc?.bytes ?? null,
      encodings: [...new Set(scripts.map((s) => s.encoding))],
      ...(reading && {
        reading: { ...reading, dataFetched: all.some((r) => r.url.endsWith("/data/bundle.json")) },
      }),
    };
  } finally {
    await context.close();
  }
}

/**
 * The same measurement for each of `paths` under `baseUrl`, in one browser: `all` as a visitor
 * gets it, `own` without the prefetches of linked routes, `wholeRead` after reading the page to
 * the bottom (the budget is for everything a reader downloads while reading the whole page).
 */
export async function measureScripts(baseUrl, paths) {
  const browser = await launchChromium();
  try {
    const out = {};
    for (const p of paths) {
      const all = await measurePageScripts(browser, `${baseUrl}${p}`);
      const own = await measurePageScripts(browser, `${baseUrl}${p}`, { blockPrefetch: true });
      const whole = await measurePageScripts(browser, `${baseUrl}${p}`, { read: true });
      out[p] = {
        ...all,
        ownBytes: own.totalBytes,
        prefetchedBytes: all.totalBytes - own.totalBytes,
        wholeRead: {
          totalBytes: whole.totalBytes,
          decodedBytes: whole.decodedBytes,
          scripts: whole.scripts,
          ...whole.reading,
        },
      };
    }
    return out;
  } finally {
    await browser.close();
  }
}
