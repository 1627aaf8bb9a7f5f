import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'web/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['web/test/global-setup.ts'],
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where many of our
    // files wait on Chromium, PostgreSQL or child processes. Two run side by side.
    maxWorkers: 2,
  },
});
