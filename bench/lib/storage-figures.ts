import type { Page } from 'playwright-core';
import { SEEDED_POST_PREFIX } from '../../tests/harness/edit-stored-posts';

// What the stored posts weigh, measured in one of the extension's pages. The `page.evaluate`
// bodies are serialized into the page: self-contained, no imports (values come as arguments).

export interface StorageFigures {
  posts: number;
  /** UTF-8 bytes of JSON.stringify(post), over every stored post. */
  jsonBytes: number[];
  /** url → JSON bytes, for the posts that are not seeded copies. */
  originals: Record<string, number>;
}

/** Each stored post's serialized size. */
export async function measureStorage(page: Page): Promise<StorageFigures> {
  return page.evaluate(
    (prefix) =>
      new Promise<StorageFigures>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('posts').objectStore('posts').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const encoder = new TextEncoder();
            const posts = all.result as { id: string; url: string }[];
            const jsonBytes = posts.map((post) => encoder.encode(JSON.stringify(post)).length);
            const originals: Record<string, number> = {};
            posts.forEach((post, i) => {
              if (!post.id.startsWith(prefix)) originals[post.url] = jsonBytes[i]!;
            });
            resolve({ posts: posts.length, jsonBytes, originals });
          };
        };
      }),
    SEEDED_POST_PREFIX,
  );
}

/** navigator.storage.estimate(): IndexedDB's share when the browser reports it, else all. */
export async function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
      usageDetails?: { indexedDB?: number };
    };
    return estimate.usageDetails?.indexedDB ?? estimate.usage ?? Number.NaN;
  });
}
