// Memory during and after the reader's upload of a large file, in the production build:
// the page's JavaScript heap and the upload worker's (CDP Runtime.getHeapUsage in each), each with
// the backing storage of its ArrayBuffers and external strings (`backingStorageSize`; since
// session 6: typed arrays hold data outside the heap, and leaving them out would hide it), and
// the renderer process's resident memory (page and worker share it; /proc VmRSS, and VmHWM, the
// process's peak). Sampled before the upload, every SAMPLE_MS while the file is read, after the
// report, after "Apply", and after "Remove" and "Use the published data" with garbage collected.
// Goal (issue 14): peak ≤ 4× the file during the upload; memory given back on "Remove".
import { readFileSync, statSync } from "node:fs";
import { launchChromium } from "./browser.mjs";

const SAMPLE_MS = 250;
const TIMEOUT_MS = 10 * 60_000;
const byTestId = (id) => `[data-testid="${id}"]`;

/** Resident and peak resident memory of a process, bytes (Linux /proc), or nulls. */
function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024;
    return { rss: kb("VmRSS"), peakRss: kb("VmHWM") };
  } catch {
    return { rss: null, peakRss: null };
  }
}

/** A heap's used bytes with its ArrayBuffers' and external strings' storage. */
const heapBytes = (usage) => usage.usedSize + (usage.backingStorageSize ?? 0);

/**
 * A CDP session on the page that also reaches its dedicated workers (auto-attached, messages
 * relayed with Target.sendMessageToTarget). Returns { pageHeap(), workerHeap(), gc() }.
 */
async function heapProbe(context, page) {
  const cdp = await context.newCDPSession(page);
  const workers = new Map();
  let nextId = 1;
  const pending = new Map();
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on("Target.detachedFromTarget", (e) => workers.delete(e.sessionId));
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const message = JSON.parse(e.message);
    const resolve = pending.get(message.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message.result ?? null);
    }
  });
  await cdp.send("Target.setAutoAttach", {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const inWorker = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp
        .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(null));
      setTimeout(() => pending.has(id) && (pending.delete(id), resolve(null)), 5_000);
    });
  return {
    async pageHeap() {
      return heapBytes(await cdp.send("Runtime.getHeapUsage"));
    },
    /** `bytes` is null when a worker did not answer within 5 s (busy): not a heap of 0. */
    async workerHeap() {
      let total = 0;
      let unanswered = 0;
      for (const sessionId of workers.keys()) {
        const r = await inWorker(sessionId, "Runtime.getHeapUsage");
        if (r) total += heapBytes(r);
        else unanswered++;
      }
      return { bytes: unanswered ? null : total, workers: workers.size };
    },
    async gc() {
      await cdp.send("HeapProfiler.collectGarbage").catch(() => {});
      for (const sessionId of workers.keys())
        await inWorker(sessionId, "HeapProfiler.collectGarbage");
    },
  };
}

export async function benchMemory(baseUrl, file, rows) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const browserCdp = await browser.newBrowserCDPSession();
    await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
    const input = page.locator(byTestId("upload-input"));
    if ((await input.count()) === 0) return { available: false, reason: "no upload-input on /" };
    const probe = await heapProbe(context, page);
    const renderers = async () => {
      const { processInfo } = await browserCdp.send("SystemInfo.getProcessInfo");
      return processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
    };
    const samples = [];
    const sample = async (moment, during = false) => {
      const [pageBytes, firstTry, pids] = await Promise.all([
        probe.pageHeap(),
        probe.workerHeap(),
        renderers(),
      ]);
      // A worker busy for more than 5 s is asked once more, then left out of this sample.
      const worker = firstTry.bytes === null ? await probe.workerHeap() : firstTry;
      const procs = pids.map(processMemory);
      const sum = (key) => procs.reduce((t, p) => t + (p[key] ?? 0), 0);
      samples.push({
        moment,
        during,
        pageBytes,
        workerBytes: worker.bytes,
        workers: worker.workers,
        totalBytes: pageBytes + (worker.bytes ?? 0),
        workerAnswered: worker.bytes !== null,
        rendererRss: sum("rss"),
        rendererPeakRss: sum("peakRss"),
      });
    };
    await probe.gc();
    await sample("before the upload");
    await input.setInputFiles(file);
    const started = Date.now();
    while (Date.now() - started < TIMEOUT_MS) {
      if ((await page.locator(byTestId("upload-report")).count()) > 0) break;
      await sample(`reading, ${((Date.now() - started) / 1000).toFixed(1)} s`, true);
      await page.waitForTimeout(SAMPLE_MS);
    }
    await sample("report shown", true);
    const apply = page.locator(byTestId("upload-apply")).first();
    if ((await apply.count()) > 0 && (await apply.isEnabled())) {
      await apply.click();
      await page.waitForSelector(byTestId("reader-banner"), { timeout: TIMEOUT_MS });
      await page.waitForTimeout(500);
      await sample("after Apply", true);
      await probe.gc();
      await sample("after Apply, garbage collected");
    }
    // "Use the published data" (the dashboard lets go of the reader's bundle), then "Remove"
    // (the upload lets go of the file's rows and report).
    const reset = page.locator(byTestId("upload-reset")).first();
    if ((await reset.count()) > 0) await reset.click();
    const remove = page.getByRole("button", { name: "Remove" }).first();
    if ((await remove.count()) > 0) await remove.click();
    await page.waitForTimeout(500);
    await probe.gc();
    await sample("after Remove, garbage collected");
    return { available: true, rows, fileBytes: statSync(file).size, samples };
  } finally {
    await browser.close();
  }
}
