import type { Page } from 'playwright-core';
import type { EvaluatingPage } from './stored-posts';

// The unread tally record (`tallies`, 'unread') read and written raw from an extension page:
// the popup's first-frame copy lives in it (utils/db/first-frame-store.ts). The browser tests
// check whether a copy is kept; the bench keeps one and puts it back between rounds. As in
// stored-posts.ts, each body is serialized into the page and opens the database itself.

/** The stored tally as a plain object, or null (none, or no database yet). */
export async function storedTally(page: EvaluatingPage): Promise<StoredTally | null> {
  return page.evaluate(
    () =>
      new Promise<StoredTally | null>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () =>
          open.error?.name === 'AbortError' ? resolve(null) : reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('tallies').objectStore('tallies').get('unread');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as StoredTally | undefined) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Writes `tally` as the stored tally record, as the extension's own writes would. */
export async function putStoredTally(page: Page, tally: StoredTally): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('tallies', 'readwrite');
          tx.objectStore('tallies').put(record, 'unread');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    tally,
  );
}

/** What the tests look at in a stored tally; the rest goes through untouched. */
export interface StoredTally {
  revision?: number;
  firstFrame?: { revision: number; html: string };
  [field: string]: unknown;
}
