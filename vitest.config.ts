import { defineConfig } from "vitest/config";

// Tests run from TypeScript sources; process tests spawn the compiled code in dist/
// (npm test builds first). Timeouts are generous because the machine is shared and noisy:
// no test asserts on speed (benchmarks in bench/ do that).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
