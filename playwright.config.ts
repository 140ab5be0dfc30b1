import { defineConfig, devices } from "@playwright/test";
import { e2eAppPort, e2eSmtpPort } from "./e2e/seed-data";

// How to run these tests: see the comment at the top of e2e/fixtures.ts.
export default defineConfig({
  testDir: "e2e",
  // One worker: the tests share one seeded database and one SMTP port.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // In CI a JSON report feeds the closing summary line of .ci/run.
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/playwright.json" }]] : "list",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${e2eAppPort}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Debian's Chromium, never a browser downloaded by Playwright.
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  webServer: {
    command: "npx tsx --tsconfig tsconfig.scripts.json scripts/e2e-server.ts",
    url: `http://127.0.0.1:${e2eAppPort}/api/health`,
    // Includes `next build`, which takes a few minutes on a small machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      E2E_PORT: String(e2eAppPort),
      E2E_SMTP_PORT: String(e2eSmtpPort),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
