import { defineConfig } from 'vitest/config';

/** The end-to-end suite: the native stack behind nginx, driven by a real headless Chromium. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // Bounds on a hung stack or browser, not speed checks: what the tests assert is what users see.
    testTimeout: 180_000,
    hookTimeout: 420_000,
  },
});
