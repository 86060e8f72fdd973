import { defineConfig } from "vitest/config";

// Two tiers: `unit` (pure logic, no database) and `db` (the data layer against a real
// PostgreSQL database created for the run by lib/testing/db-global-setup.ts).
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": new URL("./lib/testing/server-only-stub.ts", import.meta.url).pathname },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,components,app,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["{lib,app,scripts}/**/*.db.test.ts"],
          globalSetup: ["lib/testing/db-global-setup.ts"],
          setupFiles: ["lib/testing/db-setup.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
