import type { StoredPost } from './schema';

/**
 * `IDBIndex.getAllRecords` (Chromium 141+, not yet everywhere): many records in any direction
 * in one round trip to the database, where a cursor costs one per record (each `continue()`).
 * Callers check for it on the raw index (`unwrap` from idb) and walk a cursor without it.
 */
export interface RecordsIndex {
  getAllRecords(options: {
    query: IDBKeyRange | null;
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: StoredPost }[]>;
}

export const hasGetAllRecords = (index: unknown): index is RecordsIndex =>
  typeof (index as Partial<RecordsIndex> | null)?.getAllRecords === 'function';

/** A raw request's result as a promise. */
export function resultOf<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
