import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    environment: "node",
    // A test fails on a wrong value, not on a slow machine: the 5 s default failed the
    // hundred-thousand-row tests on a shared 2-core CI box (load 16). Budgets are benchmarks' job.
    testTimeout: 60_000,
  },
});
