import { describe, expect, it } from "vitest";
import { headersFile } from "@/lib/publish/headers-file";
import { embedHeaders, EMBED_PREFIX, siteHeaders } from "@/lib/publish/security-headers.cjs";

const policy = {
  siteHeaders: [
    { key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors 'self'" },
    { key: "X-Frame-Options", value: "SAMEORIGIN" },
    { key: "X-Content-Type-Options", value: "nosniff" },
  ],
  embedHeaders: [
    { key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors *" },
    { key: "X-Content-Type-Options", value: "nosniff" },
  ],
  embedPrefix: "/embed",
};

describe("headersFile(policy, pages)", () => {
  it("puts shared headers on /*, the framing policy on each page and its .html, the open one on /embed/*", () => {
    expect(headersFile(policy, ["/", "/data"])).toBe(
      [
        "# Written by `npm run export` from lib/publish/security-headers.cjs; do not edit.",
        "/*",
        "  X-Content-Type-Options: nosniff",
        "/",
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
        "  X-Frame-Options: SAMEORIGIN",
        "/index.html",
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
        "  X-Frame-Options: SAMEORIGIN",
        "/data",
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
        "  X-Frame-Options: SAMEORIGIN",
        "/data.html",
        "  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'",
        "  X-Frame-Options: SAMEORIGIN",
        "/embed/*",
        "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
        "",
      ].join("\n"),
    );
  });
});

describe("headersFile(policy, pages, downloads)", () => {
  it("sends each CSV as an attachment under the name it is given", () => {
    const saveAs = "savings_through-2025-12_checked-2026-11-30.csv";
    const text = headersFile(policy, [], [["/data/savings.csv", saveAs]]);
    expect(
      text.endsWith(`/data/savings.csv\n  Content-Disposition: attachment; filename="${saveAs}"\n`),
    ).toBe(true);
  });
});

describe("security-headers.cjs (what next start sends)", () => {
  it("keeps frame-ancestors 'self' and X-Frame-Options SAMEORIGIN on the site", () => {
    const csp = siteHeaders.find((h) => h.key === "Content-Security-Policy")?.value ?? "";
    expect(csp.split("; ").at(-1)).toBe("frame-ancestors 'self'");
    expect(siteHeaders.find((h) => h.key === "X-Frame-Options")?.value).toBe("SAMEORIGIN");
  });

  it("lets any site frame /embed/, with the rest of the policy unchanged", () => {
    const site = siteHeaders.find((h) => h.key === "Content-Security-Policy")!.value;
    const embed = embedHeaders.find((h) => h.key === "Content-Security-Policy")!.value;
    expect(embed).toBe(site.replace("frame-ancestors 'self'", "frame-ancestors *"));
    expect(embedHeaders.some((h) => h.key === "X-Frame-Options")).toBe(false);
    expect(EMBED_PREFIX).toBe("/embed");
  });
});
