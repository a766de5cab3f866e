// Methods other than GET and HEAD on the data routes (/data/<file>.csv, bundle.json,
// datapackage.json) answer 405 with `Allow: GET, HEAD`, and the server logs no stack trace for
// them. Until app/data/csv-route.ts, `next start` served the CSV with 200 to POST, PUT, DELETE,
// PATCH and OPTIONS, and answered TRACE with 500 and a TypeError's stack in its log.
//
// The shared server's log is not readable from a test (Playwright pipes it to its own stderr), so
// this file starts its own `next start` on a free port, with stdout and stderr captured. The
// requests go through node:http: fetch() itself refuses to send TRACE.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { test } from "./fixtures.mjs";
import { ROOT } from "./helpers.mjs";

// Every route folder under app/data that serves a file (tests/hostile/csv-routes.test.ts checks
// the .csv ones against csvFileNames()).
const FILES = readdirSync(path.join(ROOT, "app", "data")).filter((n) => /\.(csv|json)$/.test(n));
// Node's own parser answers methods it does not know (e.g. FOO) with 400 before Next sees them,
// and CONNECT is a tunnel request it hands to no handler: neither is a route's to answer.
const METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];

/** A free TCP port on 127.0.0.1, as the operating system hands one out. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One request → { status, allow } (the Allow lines joined as a client reads them). */
function send(port, method, pathname) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: pathname }, (res) => {
      res.resume();
      res.on("end", () => {
        const allow = res.headersDistinct.allow ?? [];
        resolve({ status: res.statusCode, allow: allow.join(", ") });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

let server;
let port;
let log = "";

test.describe.serial("methods other than GET and HEAD on /data/ files", () => {
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    port = await freePort();
    server = spawn(
      path.join(ROOT, "node_modules", ".bin", "next"),
      ["start", "-H", "127.0.0.1", "-p", String(port)],
      { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1" } },
    );
    server.stdout.on("data", (chunk) => (log += chunk));
    server.stderr.on("data", (chunk) => (log += chunk));
    await new Promise((resolve, reject) => {
      server.once("exit", (code) => reject(new Error(`next start exited (${code}):\n${log}`)));
      const ready = () => (/Ready in/.test(log) ? resolve() : setTimeout(ready, 50));
      ready();
    });
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test(`the route folders include every CSV, bundle.json and datapackage.json`, () => {
    assert.ok(FILES.includes("crude_annual.csv"), FILES.join(" "));
    assert.ok(FILES.includes("bundle.json"), FILES.join(" "));
    assert.ok(FILES.includes("datapackage.json"), FILES.join(" "));
  });

  for (const method of METHODS) {
    test(`${method} on each /data/ file answers 405 with Allow: GET, HEAD`, async () => {
      for (const file of FILES) {
        const { status, allow } = await send(port, method, `/data/${file}`);
        assert.equal(status, 405, `${method} /data/${file}`);
        assert.equal(allow, "GET, HEAD", `Allow of ${method} /data/${file}`);
      }
    });
  }

  test("GET and HEAD on each /data/ file still answer 200", async () => {
    for (const file of FILES) {
      for (const method of ["GET", "HEAD"]) {
        const { status } = await send(port, method, `/data/${file}`);
        assert.equal(status, 200, `${method} /data/${file}`);
      }
    }
  });

  test("after all of them the server log holds no error and no stack trace", () => {
    assert.ok(/Ready in/.test(log), `the log is the server's:\n${log}`);
    // Next marks an error line with ⨯; a stack's frames are indented "at …" lines.
    assert.doesNotMatch(log, /⨯|Error|^\s+at /m, `server log:\n${log}`);
  });
});
