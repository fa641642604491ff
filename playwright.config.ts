import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  // Builds the real editor libraries the fixture composers run (tests/fixtures/editors).
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each test starts its own browser with a fresh profile; the machines here have two cores.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testMatch: /.*\.spec\.ts/, testIgnore: /firefox\.spec\.ts/ },
    { name: 'firefox', testMatch: /firefox\.spec\.ts/ },
  ],
});
