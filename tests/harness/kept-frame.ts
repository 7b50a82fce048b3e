import type { Page } from 'playwright-core';

// The popup's kept first frame (utils/popup/first-frame.ts) lives in the extension's
// `localStorage`: read and written here from any extension page, for the browser tests and the
// bench. The key is the extension's own; kept in step with KEPT_FRAME_KEY by these tests.
const KEY = 'rustRadarFirstFrame';

/** The kept copy as stored (JSON), or null when none is kept. */
export function keptFrame(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

/** Puts `value` back as the kept copy, or removes it (null). */
export async function setKeptFrame(page: Page, value: string | null): Promise<void> {
  await page.evaluate(
    ([key, json]) =>
      json === null ? localStorage.removeItem(key) : localStorage.setItem(key, json),
    [KEY, value] as const,
  );
}
