import type { Page } from 'playwright-core';

// Writes to the extension's IndexedDB (`rust-radar`) from one of its pages, after the worker
// created it. As in stored-posts.ts, each `page.evaluate` body is serialized into the page and
// must be self-contained, so each opens the database itself. Each writes a post's facets with
// it, as `utils/db/post-records.ts` does: the post without summaryHtml, dupKeys and feedUrl;
// and each drops the stored unread counts (the `tallies` record), which these writes do not
// keep up to date: the extension's next count counts again, as after a schema upgrade.

/** Where the ids of `seedCopiesOfStoredPosts`' copies start: what tells them from real posts. */
export const SEEDED_POST_PREFIX = 'https://dev.to/bench/';

/** What `patchStoredPostsInPage` changes: which posts, and the fields they get. */
export interface StoredPostsPatch {
  /** The posts by id; null: every post snoozed now. */
  ids: string[] | null;
  fields: Record<string, unknown>;
}

/**
 * Gives the posts of `patch` its fields, and their facets with them. Runs inside an extension
 * page, in Chromium and Firefox alike: `page.evaluate(patchStoredPostsInPage, patch)` with
 * Playwright's or Puppeteer's page. Resolves with how many posts it changed; 0 when the worker
 * has not created the database yet (opening it then would create it empty: aborted instead).
 */
export function patchStoredPostsInPage(patch: StoredPostsPatch): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(0) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['posts', 'facets', 'tallies'], 'readwrite');
      tx.objectStore('tallies').clear();
      const store = tx.objectStore('posts');
      let changed = 0;
      const update = (post: Record<string, unknown> | undefined) => {
        if (!post) return;
        changed++;
        const next = { ...post, ...patch.fields };
        const { summaryHtml: _summary, dupKeys: _keys, feedUrl: _feed, ...facets } = next;
        store.put(next);
        tx.objectStore('facets').put(facets);
      };
      if (patch.ids) {
        for (const id of patch.ids) {
          const get = store.get(id);
          get.onsuccess = () => update(get.result as Record<string, unknown> | undefined);
        }
      } else {
        const all = store.getAll();
        all.onsuccess = () => {
          for (const post of all.result as Record<string, unknown>[]) {
            if (typeof post.snoozedUntil === 'number') update(post);
          }
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(changed);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Marks the posts `ids` read at `at`, straight in IndexedDB (as the popup would). */
export async function markStoredPostsRead(page: Page, ids: string[], at: number): Promise<void> {
  await page.evaluate(patchStoredPostsInPage, { ids, fields: { unread: 0, readAt: at } });
}

/**
 * Tops the posts store up to `total` posts with copies of the posts a real poll stored (the
 * DEV fixture's, summaries already bounded), each with its own id (`SEEDED_POST_PREFIX`…),
 * title and time, older than the originals, all unread: many posts, with realistic records.
 * @returns how many posts are stored now.
 */
export async function seedCopiesOfStoredPosts(page: Page, total: number): Promise<number> {
  return page.evaluate(
    ({ total, prefix }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['posts', 'facets', 'tallies'], 'readwrite');
          tx.objectStore('tallies').clear();
          const store = tx.objectStore('posts');
          const all = store.getAll();
          all.onsuccess = () => {
            const stored = all.result as { id: string; title: string; sortAt: number }[];
            const originals = stored.filter((post) => !post.id.startsWith(prefix));
            const oldest = Math.min(...stored.map((post) => post.sortAt));
            const now = Date.now();
            for (let i = stored.length; i < total; i++) {
              const template = originals[i % originals.length]!;
              const sortAt = oldest - (i + 1) * 60_000;
              const url = `${prefix}post-${i}`;
              const post = {
                ...template,
                id: url,
                url,
                title: `${template.title} (${i})`,
                publishedAt: new Date(sortAt).toISOString(),
                firstSeenAt: now,
                sortAt,
                unread: 1,
                readAt: null,
              } as Record<string, unknown>;
              const { summaryHtml: _summary, dupKeys: _keys, feedUrl: _feed, ...facets } = post;
              store.put(post);
              tx.objectStore('facets').put(facets);
            }
          };
          tx.oncomplete = () => {
            const count = db.transaction('posts').objectStore('posts').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { total, prefix: SEEDED_POST_PREFIX },
  );
}

/** Deletes every post and queued announcement, so the next poll finds the feed's posts new. */
export async function clearPostsAndOutbox(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['posts', 'facets', 'tallies', 'outbox'], 'readwrite');
          tx.objectStore('posts').clear();
          tx.objectStore('facets').clear();
          tx.objectStore('tallies').clear();
          tx.objectStore('outbox').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
