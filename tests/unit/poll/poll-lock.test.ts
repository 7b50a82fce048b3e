import { describe, expect, it, vi } from 'vitest';
import {
  POLL_LOCK_NAME,
  createPollLock,
  isPollRunning,
  whenFree,
} from '../../../utils/poll/poll-lock';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The part of the Web Locks API the poll lock uses, shared like the browser's across contexts. */
function fakeLockManager(): LockManager {
  const held = new Set<string>();
  const manager = {
    async request(
      name: string,
      options: LockOptions,
      callback: (lock: Lock | null) => Promise<unknown>,
    ) {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        throw new Error('this fake only supports ifAvailable');
      }
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return {
        held: [...held].map((name) => ({ name, mode: 'exclusive', clientId: 'c' })),
        pending: [],
      };
    },
  };
  return manager as unknown as LockManager;
}

describe.each<[string, () => LockManager | undefined]>([
  ['with the Web Locks API', fakeLockManager],
  ['without it (in-memory flag)', () => undefined],
])('createPollLock %s', (_name, locks) => {
  it('runs the task and returns its value', async () => {
    const runExclusive = createPollLock(locks());

    expect(await runExclusive(async () => 42)).toEqual({ ran: true, value: 42 });
  });

  it('refuses a second task while the first runs, without running it', async () => {
    const runExclusive = createPollLock(locks());
    const gate = deferred();
    let secondRan = false;

    const first = runExclusive(() => gate.promise.then(() => 'first'));
    const second = await runExclusive(async () => {
      secondRan = true;
    });
    gate.resolve();

    expect(second).toEqual({ ran: false });
    expect(secondRan).toBe(false);
    expect(await first).toEqual({ ran: true, value: 'first' });
  });

  it('runs the next task once the first has finished', async () => {
    const runExclusive = createPollLock(locks());
    await runExclusive(async () => 'first');

    expect(await runExclusive(async () => 'second')).toEqual({ ran: true, value: 'second' });
  });

  it('releases the lock when the task throws', async () => {
    const runExclusive = createPollLock(locks());

    await expect(runExclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await runExclusive(async () => 'after')).toEqual({ ran: true, value: 'after' });
  });
});

describe('createPollLock', () => {
  it('shares the Web Lock between locks created in different contexts', async () => {
    const locks = fakeLockManager();
    const worker = createPollLock(locks);
    const popup = createPollLock(locks);
    const gate = deferred();

    const polling = worker(() => gate.promise);
    const refused = await popup(async () => 'popup');
    gate.resolve();
    await polling;

    expect(refused).toEqual({ ran: false });
    expect(await popup(async () => 'popup')).toEqual({ ran: true, value: 'popup' });
  });

  it('falls back to the in-memory flag when no LockManager is available', async () => {
    // Node 20 has no navigator.locks, so the default argument must not throw.
    const runExclusive = createPollLock();

    expect(await runExclusive(async () => 'ran')).toEqual({ ran: true, value: 'ran' });
  });
});

describe('isPollRunning', () => {
  it('is true only while a poll holds the lock', async () => {
    const locks = fakeLockManager();
    const runExclusive = createPollLock(locks);
    const gate = deferred();

    const polling = runExclusive(() => gate.promise);
    const during = await isPollRunning(locks);
    gate.resolve();
    await polling;

    expect(POLL_LOCK_NAME).toBe('rust-radar-poll');
    expect(during).toBe(true);
    expect(await isPollRunning(locks)).toBe(false);
  });

  it('is false without the Web Locks API', async () => {
    expect(await isPollRunning(undefined)).toBe(false);
  });
});

describe('whenFree', () => {
  it('tries again while another poll holds the lock', async () => {
    const answers = ['busy', 'busy', 'updated'];
    const poll = vi.fn(async () => ({ status: answers.shift()! }));

    expect(await whenFree(poll, { delayMs: 1 })).toEqual({ status: 'updated' });
    expect(poll).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last attempt', async () => {
    const poll = vi.fn(async () => ({ status: 'busy' }));
    expect(await whenFree(poll, { attempts: 2, delayMs: 1 })).toEqual({ status: 'busy' });
    expect(poll).toHaveBeenCalledTimes(2);
  });
});
