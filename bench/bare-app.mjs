// The baseline: a bare Next.js page (a layout and an <h1>) built with the same next, react and
// react-dom as this repository, in a temporary directory kept between runs of the same versions.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const versionOf = (root, name) =>
  JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;

const LAYOUT = `export const metadata = { title: "Bare", description: "A bare Next.js page." };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return <h1>Hello</h1>;
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "dom.iterable", "es2022"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: "esnext",
    moduleResolution: "bundler",
    isolatedModules: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    jsx: "react-jsx",
    plugins: [{ name: "next" }],
  },
  include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
  exclude: ["node_modules"],
};

/** Creates the bare app (once per set of versions); returns its directory and versions. */
export function prepareBareApp(root) {
  const versions = Object.fromEntries(
    ["next", "react", "react-dom"].map((name) => [name, versionOf(root, name)]),
  );
  const dir = path.join(
    os.tmpdir(),
    `bench-bare-next-${versions.next}-react-${versions.react}-${versions["react-dom"]}`,
  );
  if (!existsSync(path.join(dir, "node_modules"))) {
    mkdirSync(path.join(dir, "app"), { recursive: true });
    // Hard links, not a symlink: Turbopack refuses a node_modules outside the project root.
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  }
  const pkg = {
    name: "bare-next",
    private: true,
    scripts: { build: "next build", start: "next start" },
    dependencies: versions,
    devDependencies: {
      typescript: versionOf(root, "typescript"),
      "@types/react": versionOf(root, "@types/react"),
      "@types/node": versionOf(root, "@types/node"),
    },
  };
  const write = (file, text) => {
    const full = path.join(dir, file);
    // Rewriting an unchanged file would make the build look stale.
    if (!existsSync(full) || readFileSync(full, "utf8") !== text) writeFileSync(full, text);
  };
  write("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
  // next build adds what it wants to tsconfig.json: write it once, then leave it to next.
  if (!existsSync(path.join(dir, "tsconfig.json"))) {
    writeFileSync(path.join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  }
  write("next.config.js", "module.exports = {};\n");
  write("app/layout.tsx", LAYOUT);
  write("app/page.tsx", PAGE);
  return { dir, versions };
}
