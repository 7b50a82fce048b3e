import type { Page } from 'playwright-core';

/**
 * An extension page to run a function in: Playwright's (Chromium) or Puppeteer's (Firefox,
 * `tests/firefox/`). The two readers the Firefox suite uses take one.
 */
export interface EvaluatingPage {
  evaluate<R>(pageFunction: () => Promise<R>): Promise<R>;
}

// The extension's IndexedDB (`rust-radar`) read from one of its pages, for the browser tests
// and the bench alike. Each reader takes the page and runs one `page.evaluate` body there.
// Those bodies are serialized into the page, so each must be self-contained: they cannot share
// an "open the database" helper, and each repeats the few lines that open it.
//
// Every body opens the database without a version and aborts an upgrade: a database made by a
// page before the worker made it would be an empty version 1, and the extension's own upgrade
// would then skip its first step (no `posts` store). Such a read reports "nothing stored".

/** The stored state of DEV's `rust` feed, or null before the first poll stored any. */
export async function feedState(page: EvaluatingPage): Promise<{
  etag: string | null;
  lastError: { message: string; status: number | null } | null;
  lastSuccessAt: number | null;
  consecutiveFailures: number;
  nextPollAt: number | null;
} | null> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () =>
          open.error?.name === 'AbortError' ? resolve(null) : reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db
            .transaction('feeds')
            .objectStore('feeds')
            .get('https://dev.to/feed/tag/rust');
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** How many posts are stored; 0 while the worker has not created the database yet. */
export async function storedPostCount(page: EvaluatingPage): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('posts')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('posts').objectStore('posts').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => {
            db.close();
            reject(count.error);
          };
        };
      }),
  );
}

/** A stored post as the tests compare it. */
export interface StoredPostRow {
  id: string;
  title: string;
  unread: number;
  readAt: number | null;
  sortAt: number;
  firstSeenAt: number;
  publishedAt: string;
}

/** Every stored post (selected fields), in primary-key order. */
export async function storedPosts(page: Page): Promise<StoredPostRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPostRow[]>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('posts').objectStore('posts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as StoredPostRow[]).map(
                ({ id, title, unread, readAt, sortAt, firstSeenAt, publishedAt }) => ({
                  id,
                  title,
                  unread,
                  readAt,
                  sortAt,
                  firstSeenAt,
                  publishedAt,
                }),
              ),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Every stored post, whole and serialized: equal strings mean no post changed at all. */
export async function storedPostsSnapshot(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('posts').objectStore('posts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
