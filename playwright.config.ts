import { defineConfig, devices } from "@playwright/test";

// End-to-end tests against a production build served by the real start script on a fresh
// database of its own (scripts/e2e-server.ts). Debian's Chromium: Playwright's own browser
// download does not work offline.
// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
const QUIET_SPECS = /action-direct-post\.spec\.ts/;
const SERIAL_SPECS = /\.serial\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
      testIgnore: [QUIET_SPECS, SERIAL_SPECS],
      teardown: "quiet",
    },
    // Specs about global state (a setting switched on, "the only active admin") run one at a
    // time, after all others.
    { name: "global-settings", use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"], testMatch: SERIAL_SPECS, workers: 1 },
    // Specs that compare the whole database before and after a request (action-direct-post)
    // run alone, one at a time, after every other spec — Playwright's teardown slot, so they
    // run even when other specs failed. They sign in by themselves.
    { name: "quiet", testMatch: QUIET_SPECS, fullyParallel: false, use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: `npx tsx scripts/e2e-server.ts`,
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(PORT) },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
