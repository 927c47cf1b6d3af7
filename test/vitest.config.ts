import { defineConfig } from 'vitest/config';

// One suite for the three runtimes: pure shared code, main-process modules
// under plain Node, and the renderer driven in Debian's Chromium.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
