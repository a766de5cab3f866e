import type { Metadata, Viewport } from "next";
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

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
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
        </footer>
      </body>
    </html>
  );
}
