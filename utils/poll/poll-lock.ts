/** Lock name shared by the worker and extension pages. */
export const POLL_LOCK_NAME = 'rust-radar-poll';

export type LockedResult<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs at most one poll at a time. With the Web Locks API (Chromium and Firefox extension
 * contexts) the lock spans every context of the extension and is released by the browser
 * when a terminated worker dies mid-poll, so a restarted worker is never locked out.
 * Without it (Node tests) an in-memory flag does the same within one context.
 *
 * @param locks defaults to `navigator.locks` when present.
 */
export function createPollLock(locks: LockManager | undefined = globalThis.navigator?.locks) {
  let running = false;
  return async function runExclusive<T>(task: () => Promise<T>): Promise<LockedResult<T>> {
    if (locks) {
      return locks.request(POLL_LOCK_NAME, { ifAvailable: true }, async (lock) =>
        lock ? { ran: true as const, value: await task() } : { ran: false as const },
      );
    }
    if (running) return { ran: false };
    running = true;
    try {
      return { ran: true, value: await task() };
    } finally {
      running = false;
    }
  };
}

/** True while some context of the extension is polling (for the popup's progress state). */
export async function isPollRunning(
  locks: LockManager | undefined = globalThis.navigator?.locks,
): Promise<boolean> {
  if (!locks) return false;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === POLL_LOCK_NAME);
}

/**
 * Runs `poll` and, while it answers 'busy' (another poll holds the lock), tries again after
 * `delayMs`, at most `attempts` times in all. For polls that must not be skipped: the one
 * after the source list changed.
 */
export async function whenFree<T extends { status: string }>(
  poll: () => Promise<T>,
  { attempts = 5, delayMs = 2000 }: { attempts?: number; delayMs?: number } = {},
): Promise<T> {
  let result = await poll();
  for (let attempt = 1; attempt < attempts && result.status === 'busy'; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    result = await poll();
  }
  return result;
}
