import { defineConfig } from 'vitest/config';

// End-to-end tests: the Firefox build in headless Firefox ESR via puppeteer-core (WebDriver BiDi).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Firefox at a time: the machine has two cores.
    fileParallelism: false,
  },
});
