import { coerceAuthorTrust } from '../relevance/author-trust';
import { coerceCorrectionModel } from '../relevance/correction-model-json';
import { recordCorrection } from '../relevance/record-correction';
import { serializeCorrections } from './corrections-store';
import type { RadarDb } from './open-db';
import type { PostCorrection } from './schema';
import { POST_STORES, putPost } from './post-records';

/**
 * The reader says post `id` is Rust or not: the post keeps their word (it moves at once:
 * the visibility rule reads `correction` before the verdict), and the judge learns it — the
 * word model and the author's trust, in the same transaction, so a worker or popup closed
 * right after loses neither half. Returns false when the post is no longer stored.
 */
export async function correctPost(
  db: RadarDb,
  id: string,
  correction: PostCorrection,
): Promise<boolean> {
  const tx = db.transaction([...POST_STORES, 'corrections'], 'readwrite');
  const posts = tx.objectStore('posts');
  const learned = tx.objectStore('corrections');
  const [post, words, authors] = await Promise.all([
    posts.get(id),
    learned.get('words'),
    learned.get('authors'),
  ]);
  if (post) {
    const next = recordCorrection(
      { words: coerceCorrectionModel(words), authors: coerceAuthorTrust(authors) },
      post,
      correction,
    );
    const stored = serializeCorrections(next);
    await Promise.all([
      putPost(tx, { ...post, correction }),
      learned.put(stored.words, 'words'),
      learned.put(stored.authors, 'authors'),
    ]);
  }
  await tx.done;
  return Boolean(post);
}
