import type { Metadata, Viewport } from "next";
import { CiteThis } from "./components/CiteThis";
import { CODE_LICENCE, DATA_LICENCE, SITE_URL } from "@/lib/publish/licence";
import { readSiteVersion } from "@/lib/publish/version";
import { loadSite } from "@/lib/server/site";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Russia–China energy trade, sourced",
    template: "%s · Russia–China energy trade",
  },
  description:
    "Russian oil and gas exports to China: the numbers behind a May 2024 news article, every figure traced to the sentence that states it, every derived figure with its formula and range.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111418" },
  ],
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const version = readSiteVersion((await loadSite()).bundle.sources);
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* Plain links: every page is static, so a whole-page load is fast, and the client
            router's link code stays out of the JavaScript (see eslint.config.mjs). */}
        <header className="site-header">
          <a href="/" className="site-title">
            Russia–China energy trade
          </a>
          <nav aria-label="Main">
            <ul>
              <li>
                <a href="/">Dashboard</a>
              </li>
              <li>
                <a href="/methodology">Methodology</a>
              </li>
              <li>
                <a href="/data">Data</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Open data: every number links to the sentence that states it. Figures from public
            reports; derived figures are computed here and marked as such.
          </p>
          <p className="licences">
            Data compilation: <a href={DATA_LICENCE.path}>{DATA_LICENCE.title}</a> (
            <code>{DATA_LICENCE.file}</code>); each source keeps its own rights. Code:{" "}
            <a href={CODE_LICENCE.path}>{CODE_LICENCE.title}</a> (<code>{CODE_LICENCE.file}</code>).
            Version: data of {version.dataDate}, commit <code>{version.commit}</code>.
          </p>
          <CiteThis version={version} buildOrigin={SITE_URL} id="cite-site" />
        </footer>
      </body>
    </html>
  );
}
