import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // The pages are static HTML: a plain link loads the next one whole, which is as fast as the
    // client router here and keeps next/link's code out of every page's JavaScript (BENCHMARKS.md).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "node_modules/**",
    "tests/artifacts/**",
    "bench/out/**",
    "bench/.cache/**",
  ]),
]);
