import { describe, expect, it, vi } from 'vitest';
import { putFeedState } from '@/utils/db/feed-state';
import type { StoredPost } from '@/utils/db/schema';
import type { Settings } from '@/utils/settings/settings';
import { feedStateAfterPoll, HOUR, NOW, storedPost } from '../db/helpers';
import { badge, ids, setupRealSource } from './real-source';
import { JUDGE_VERSION } from '@/utils/relevance/relevance';

// Posts stored before sources existed: no sourceId, so DEV's rust feed.
function setup(settings: Partial<Settings> = {}) {
  return setupRealSource({
    settings,
    posts: [
      storedPost('a', { sortAt: NOW - 1 * HOUR, title: 'Async Rust', tags: ['rust', 'async'] }),
      storedPost('b', { sortAt: NOW - 2 * HOUR, title: 'Rust jobs', tags: ['rust', 'career'] }),
      storedPost('c', {
        sortAt: NOW - 3 * HOUR,
        title: 'Bevy',
        author: 'Bo',
        tags: ['rust', 'gamedev'],
      }),
      storedPost('d', { sortAt: NOW - 4 * HOUR, title: 'Old one', unread: 0, readAt: NOW }),
    ],
  });
}

describe('createPopupSource', () => {
  it('lists newest first, unread only or all, through the filters and the search', async () => {
    const { source } = await setup({ tagModes: { career: 'hide' } });
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual([
      'a',
      'c',
    ]);
    expect(ids(await source.listPage({ unreadOnly: false, search: '', limit: 50 }))).toEqual([
      'a',
      'c',
      'd',
    ]);
    expect(ids(await source.listPage({ unreadOnly: false, search: 'bo', limit: 50 }))).toEqual([
      'c',
    ]);
    expect(ids(await source.listPage({ unreadOnly: false, search: 'jobs', limit: 50 }))).toEqual(
      [],
    );
  });

  it('reads the first page and the source list without asking for the toolbar button', async () => {
    const { source, action } = await setup();
    await source.listPage({ unreadOnly: true, search: '', limit: 50 });
    await source.sourceOptionsAtOpen();
    expect(action).not.toHaveBeenCalled();

    await source.loadStatus();
    expect(action).toHaveBeenCalled();
    expect(await badge()).toBe('3');
  });

  it('lists saved posts the judge folds in the Saved view only', async () => {
    const spam = { verdict: 'spam' as const, reasons: [], version: JUDGE_VERSION };
    const { source } = await setupRealSource({
      posts: [
        storedPost('kept', { sortAt: NOW - HOUR, savedAt: NOW, judgement: spam }),
        storedPost('rust', { sortAt: NOW - 2 * HOUR, savedAt: NOW - 1 }),
        storedPost('folded', { sortAt: NOW - 3 * HOUR, judgement: spam }),
      ],
    });
    const page = (savedOnly: boolean) =>
      source.listPage({ unreadOnly: !savedOnly, savedOnly, search: '', limit: 50 });
    expect(ids(await page(true))).toEqual(['kept', 'rust']);
    expect(ids(await page(false))).toEqual(['rust']);
  });

  it('stores a correction through the learning code it loads on demand', async () => {
    const { source } = await setup();
    await source.correct('a', 'not-rust');
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual([
      'b',
      'c',
    ]);
    expect(ids(await source.listFolded({ unreadOnly: true, search: '' }))).toEqual(['a']);
    expect(await badge()).toBe('2');
  });

  it('pages with `after`', async () => {
    const { source } = await setup();
    const first = await source.listPage({ unreadOnly: false, search: '', limit: 2 });
    expect(ids(first)).toEqual(['a', 'b']);
    const next = await source.listPage({
      unreadOnly: false,
      search: '',
      limit: 2,
      after: first[1],
    });
    expect(ids(next)).toEqual(['c', 'd']);
  });

  it('reports counts and the failing source, and sets the badge from the same count', async () => {
    const { db, source } = await setup({ tagModes: { career: 'hide' } });
    await putFeedState(
      db,
      feedStateAfterPoll(NOW - HOUR, {
        lastError: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
        nextPollAt: NOW + HOUR,
      }),
    );
    expect(await source.loadStatus()).toEqual({
      sourceId: '',
      unread: 2,
      unreadTotal: 3,
      unreadFolded: 0,
      storedCount: 4,
      lastSuccessAt: NOW - HOUR,
      failures: [
        {
          sourceId: 'dev:rust',
          title: 'DEV #rust',
          error: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
          nextPollAt: NOW + HOUR,
        },
      ],
      sources: [{ id: 'dev:rust', title: 'DEV #rust' }],
    });
    expect(await badge()).toBe('2');
  });

  it('counts unread posts folded as not Rust apart from those the filters hide', async () => {
    const spam = { verdict: 'spam' as const, reasons: [], version: JUDGE_VERSION };
    const post = (id: string, fields: Partial<StoredPost>) =>
      storedPost(id, { sortAt: NOW - HOUR, ...fields });
    const { source } = await setupRealSource({
      settings: { tagModes: { career: 'hide' } },
      posts: [
        post('shown', {}),
        post('folded', { judgement: spam }),
        post('folded-read', { judgement: spam, unread: 0, readAt: NOW }),
        post('hidden', { tags: ['career'] }),
        // Hidden by a tag first: the filters hide it, whatever the judge says.
        post('hidden-spam', { tags: ['career'], judgement: spam }),
      ],
    });
    expect(await source.loadStatus()).toMatchObject({
      unread: 1,
      unreadTotal: 4,
      unreadFolded: 1,
    });
  });

  it('marks one post read or unread, updates the badge and tells other pages', async () => {
    const { source, sendMessage } = await setup();
    await source.setRead('a', true);
    expect(await badge()).toBe('2');
    expect(sendMessage).toHaveBeenCalledWith({ type: 'radar:changed', reason: 'read-state' });
    await source.setRead('a', false);
    expect(await badge()).toBe('3');
  });

  it('marks all shown posts read, leaves filtered ones unread, and undoes', async () => {
    const { source, changeSettings } = await setup({ tagModes: { career: 'hide' } });
    source.subscribe(() => {});
    const changed = await source.markAllRead();
    expect(changed.sort()).toEqual(['a', 'c']);
    expect(await badge()).toBe('');
    changeSettings({});
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual(['b']);
    await source.markUnread(changed);
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(await badge()).toBe('3');
  });

  it('passes on the worker’s change messages and settings changes, and re-filters on the latter', async () => {
    const { source, deliver, changeSettings } = await setup();
    const listener = vi.fn();
    const stop = source.subscribe(listener);
    deliver({ type: 'radar:changed', reason: 'poll-finished' });
    deliver({ type: 'radar:poll-now' });
    deliver('noise');
    expect(listener.mock.calls).toEqual([['poll-finished']]);
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    changeSettings({ tagModes: { gamedev: 'hide' } });
    expect(listener).toHaveBeenLastCalledWith('settings');
    expect(ids(await source.listPage({ unreadOnly: true, search: '', limit: 50 }))).toEqual([
      'a',
      'b',
    ]);
    stop();
    deliver({ type: 'radar:changed', reason: 'poll-started' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('says before each change to posts that one is coming, synchronously, and never for a read', async () => {
    const { source, beforeWrite, db } = await setup();
    await source.listPage({ unreadOnly: true, search: '', limit: 50 });
    await source.loadStatus();
    expect(beforeWrite).not.toHaveBeenCalled();

    // With the post that leaves the Unread view when that is all the change does.
    const changes: [string, () => Promise<unknown>, string | undefined][] = [
      ['setRead', () => source.setRead('a', true), 'a'],
      ['setRead unread', () => source.setRead('a', false), undefined],
      ['markUnread', () => source.markUnread(['a']), undefined],
      ['setSaved', () => source.setSaved('b', true), undefined],
      ['snooze', () => source.snooze('c', NOW + HOUR), 'c'],
      ['correct', () => source.correct('c', 'not-rust'), undefined],
      ['markAllRead', () => source.markAllRead(''), undefined],
    ];
    for (const [name, change, leaving] of changes) {
      beforeWrite.mockClear();
      const revision = (await db.get('tallies', 'unread'))?.revision ?? 0;
      // Called before the change's first await: nothing was written yet.
      const pending = change();
      const calls = beforeWrite.mock.calls.map(([post]: unknown[]) => post);
      expect({ name, calls }).toEqual({ name, calls: [leaving] });
      expect((await db.get('tallies', 'unread'))?.revision ?? 0).toBe(revision);
      await pending;
      // One post written moves the revision by exactly one: the patched copy expects that.
      if (leaving) {
        expect((await db.get('tallies', 'unread'))?.revision ?? 0).toBe(revision + 1);
      }
    }
  });

  it('runs what a read or snooze asked for once that post is written, before the change resolves', async () => {
    const { source, beforeWrite, db } = await setup();
    await source.loadStatus();
    const seen: (number | undefined)[] = [];
    beforeWrite.mockImplementation(() => async (written: typeof db) => {
      seen.push((await written.get('tallies', 'unread'))?.revision);
    });
    for (const change of [() => source.setRead('a', true), () => source.snooze('c', NOW + HOUR)]) {
      const revision = (await db.get('tallies', 'unread'))?.revision ?? 0;
      seen.length = 0;
      await change();
      // Committed, and that one post write alone: the revision one on.
      expect(seen).toEqual([revision + 1]);
    }
    // A post no longer stored: nothing written, nothing run.
    seen.length = 0;
    await source.setRead('gone', true);
    await source.snooze('gone', NOW + HOUR);
    expect(seen).toEqual([]);
  });

  it('asks the worker to poll and passes its answer on', async () => {
    const { source, sendMessage } = await setup();
    sendMessage.mockResolvedValueOnce({ status: 'not-modified' });
    expect(await source.refresh()).toEqual({ status: 'not-modified' });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'radar:poll-now' });
    // No answer at all (no worker listening) counts as a failure, not a success.
    expect(await source.refresh()).toEqual({ status: 'failed' });
  });
});
