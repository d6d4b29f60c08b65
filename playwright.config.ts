import { defineConfig } from '@playwright/test';

// e2e tests run against the built app (vite preview) with DNS answered by the DoH fixture
// server on 127.0.0.1 (tests/support/doh-server.ts). Nothing reaches the internet.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  // no spec asserts a duration (long tasks are measured in bench/); one retry on CI is left for the
  // browser's own hiccups on a loaded 2-core machine (a real fault fails twice)
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
