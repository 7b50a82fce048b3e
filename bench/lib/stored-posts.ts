// Functions here run inside an extension page (page.evaluate): self-contained, no imports.

/**
 * How many posts are stored; 0 while the worker has not created the database yet. Unlike a
 * plain `indexedDB.open`, it never creates the database itself: an empty version-1 database
 * made by a page would make the extension's own upgrade skip its first step (no `posts`).
 */
export function countStoredPosts(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(0);
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
  });
}

/**
 * Tops the posts store up to `total` posts with copies of the posts a real poll stored (the
 * DEV fixture's, summaries already bounded), each with its own id, title and time, older than
 * the originals, all unread — the popup test's seeding, with realistic records.
 * @returns how many posts are stored now.
 */
export function seedCopiesOfStoredPosts(total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('posts', 'readwrite');
      const store = tx.objectStore('posts');
      const all = store.getAll();
      all.onsuccess = () => {
        const stored = all.result as { id: string; title: string; sortAt: number }[];
        const originals = stored.filter((post) => !post.id.startsWith('https://dev.to/bench/'));
        const oldest = Math.min(...stored.map((post) => post.sortAt));
        const now = Date.now();
        for (let i = stored.length; i < total; i++) {
          const template = originals[i % originals.length]!;
          const sortAt = oldest - (i + 1) * 60_000;
          const url = `https://dev.to/bench/post-${i}`;
          store.put({
            ...template,
            id: url,
            url,
            title: `${template.title} (${i})`,
            publishedAt: new Date(sortAt).toISOString(),
            firstSeenAt: now,
            sortAt,
            unread: 1,
            readAt: null,
          });
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
  });
}

export interface StorageFigures {
  posts: number;
  /** UTF-8 bytes of JSON.stringify(post), over every stored post. */
  jsonBytes: number[];
  /** url → JSON bytes, for the posts that are not bench copies. */
  originals: Record<string, number>;
}

/** Each stored post's serialized size. */
export function measureStorage(): Promise<StorageFigures> {
  return new Promise((resolve, reject) => {
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
          if (!post.id.startsWith('https://dev.to/bench/')) originals[post.url] = jsonBytes[i]!;
        });
        resolve({ posts: posts.length, jsonBytes, originals });
      };
    };
  });
}

/** Deletes every post and queued announcement, so the next poll finds the feed's posts new. */
export function clearPostsAndOutbox(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['posts', 'outbox'], 'readwrite');
      tx.objectStore('posts').clear();
      tx.objectStore('outbox').clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Every stored post, serialized: equal strings mean nothing about any post changed. */
export function snapshotPosts(): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
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
  });
}

/** navigator.storage.estimate(): IndexedDB's share when the browser reports it, else all. */
export async function storageUsage(): Promise<number> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };
  return estimate.usageDetails?.indexedDB ?? estimate.usage ?? Number.NaN;
}
