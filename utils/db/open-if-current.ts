/** A connection opened ahead of the code that will use it (see `utils/popup/early-start.ts`). */
export interface EarlyConnection {
  db: IDBDatabase;
  /** Closed since: another context asked for a newer schema before anyone adopted it. */
  closed: boolean;
}

/**
 * Opens the database only if it already exists at `version`, with the plain IndexedDB API
 * (no idb, no upgrade code), so a tiny script can start it before the page's modules load.
 * A first run or an older schema needs the upgrade: the upgrade transaction is aborted, which
 * leaves the database exactly as it was (a database this call created is deleted again), and
 * the answer is null — the caller then opens it the normal way, upgrade included.
 * Never rejects: any failure is null too.
 */
export function openIfCurrent(
  factory: IDBFactory,
  name: string,
  version: number,
): Promise<EarlyConnection | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      // The abort above (or any open failure) is expected here, not an uncaught error.
      event.preventDefault();
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const early: EarlyConnection = { db: request.result, closed: false };
      // Until someone adopts it, never stand in the way of a newer schema.
      early.db.onversionchange = () => {
        early.db.close();
        early.closed = true;
      };
      resolve(early);
    };
  });
}
