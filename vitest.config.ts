import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Browser tests have their own config (vitest.browser.config.ts)
// because they need a build first and run one file at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Tests assert behaviour, not speed (timing goals live in `npm run bench`). Parsing a 5 MB
    // feed, paging 5,000 posts or training the word model to its bounds takes 1–2 s here and
    // several times that on a loaded machine, where vitest's 5 s default failed them.
    testTimeout: 30_000,
  },
});
