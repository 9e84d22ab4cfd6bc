// One test run for everything: unit and integration tests in Node, end-to-end tests in Debian's Chromium
// (through the test bridge) and in Electron where its binary exists. The `npm start` proof rebuilds out/,
// which the Chromium tests serve, so it runs as a second group, after everything else has finished.
import { defineConfig } from 'vitest/config';

const shared = { environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { ...shared, name: 'mamori', include: ['tests/**/*.test.ts'], exclude: ['tests/start/**'], sequence: { groupOrder: 0 } } },
      { test: { ...shared, name: 'start', include: ['tests/start/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
