import { coerceAuthorTrust, serializeAuthorTrust } from '../relevance/author-trust';
import {
  coerceCorrectionModel,
  serializeCorrectionModel,
} from '../relevance/correction-model-json';
import type { ReaderCorrections } from '../relevance/record-correction';
import type { RadarDb } from './open-db';

/**
 * The reader's corrections as the judge reads them, from the `corrections` store. A missing
 * or damaged entry reads as nothing learned (never a throw: the poll must go on).
 */
export async function readCorrections(db: RadarDb): Promise<ReaderCorrections> {
  const tx = db.transaction('corrections', 'readonly');
  const [words, authors] = await Promise.all([tx.store.get('words'), tx.store.get('authors')]);
  return { words: coerceCorrectionModel(words), authors: coerceAuthorTrust(authors) };
}

/** The corrections in their stored (and exported) form: plain JSON. */
export function serializeCorrections(corrections: ReaderCorrections): {
  words: unknown;
  authors: unknown;
} {
  return {
    words: serializeCorrectionModel(corrections.words),
    authors: serializeAuthorTrust(corrections.authors),
  };
}

/** Replaces the stored corrections (a correction learned, a backup imported). */
export async function writeCorrections(db: RadarDb, corrections: ReaderCorrections): Promise<void> {
  const { words, authors } = serializeCorrections(corrections);
  const tx = db.transaction('corrections', 'readwrite');
  await Promise.all([tx.store.put(words, 'words'), tx.store.put(authors, 'authors'), tx.done]);
}

/** Forgets everything the corrections taught (with "Clear all posts"). */
export async function clearCorrections(db: RadarDb): Promise<void> {
  await db.clear('corrections');
}
