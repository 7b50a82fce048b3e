import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures against their natural limits (see docs/performance.md).
// Not part of `npm test`: timing goals live here only. Needs a build first (the script does it).
export default defineConfig({
  test: {
    include: ['bench/*.bench.ts'],
    // One measurement at a time: the machine has two cores, and parallel files would skew
    // each other's timings.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    globalSetup: ['bench/global-setup.ts'],
  },
});
