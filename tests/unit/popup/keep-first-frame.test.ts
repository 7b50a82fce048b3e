import { describe, expect, it } from 'vitest';
import { countUnread } from '@/utils/db/list-posts';
import type { RadarDb } from '@/utils/db/open-db';
import { setPostRead } from '@/utils/db/read-state';
import { compileVisibility } from '@/utils/filters/post-visibility';
import type { EarlyStart } from '@/utils/popup/early-start';
import { beforePostWrite, readKeptFrame } from '@/utils/popup/first-frame';
import { keepFirstFrame, type KeepFirstFrameDeps } from '@/utils/popup/keep-first-frame';
import { HOUR, NOW, openTestDb, seedPosts, storedPost } from '../db/helpers';
import { memoryArea } from './memory-area';

const RULE = compileVisibility({
  tagModes: {},
  mutedAuthors: {},
  titleKeywords: [],
  notRustPosts: 'fold',
});
const SETTINGS = { settings: { tagModes: {} } };
const SOURCES = { sources: [] };

/** Two counted unread posts, and what the early script read of them. */
async function setup(fields: Partial<KeepFirstFrameDeps> = {}) {
  const db: RadarDb = await openTestDb();
  await seedPosts(db, [
    storedPost('p1', { sortAt: NOW - HOUR }),
    storedPost('p2', { sortAt: NOW }),
  ]);
  await countUnread(db, RULE);
  const revision = (await db.get('tallies', 'unread'))!.revision ?? 0;
  const early: EarlyStart = {
    db: Promise.resolve(null),
    settings: Promise.resolve(SETTINGS),
    sources: Promise.resolve(SOURCES),
    firstFrame: Promise.resolve({ revision, drawn: false }),
  };
  const area = memoryArea();
  const deps: KeepFirstFrameDeps = {
    early,
    getDb: async () => db,
    readSettings: async () => SETTINGS,
    readSources: async () => SOURCES,
    liveNotificationIds: async () => [],
    area,
    uiLanguage: 'en-US',
    version: '1.4.0',
    lang: 'en',
    dir: 'ltr',
    changedPosts: () => false,
    now: () => NOW,
    ...fields,
  };
  return { db, area, deps, revision };
}

describe('keepFirstFrame', () => {
  it('keeps the frame with the revision, settings and sources it was drawn from', async () => {
    const { area, deps, revision } = await setup();
    expect(await keepFirstFrame('<ul><li>p2</li></ul>', deps)).toBe(true);
    expect(readKeptFrame(area, 'en-US', '1.4.0')).toMatchObject({
      revision,
      html: '<ul><li>p2</li></ul>',
      settings: JSON.stringify(SETTINGS),
      sources: JSON.stringify(SOURCES),
      version: '1.4.0',
      lang: 'en',
    });
  });

  it('keeps none when a post changed since the early read', async () => {
    const { db, area, deps } = await setup();
    await setPostRead(db, 'p1', true, NOW);
    expect(await keepFirstFrame('<ul></ul>', deps)).toBe(false);
    expect(area.items.size).toBe(0);
  });

  it('keeps none when this popup changed a post, or the settings or sources changed', async () => {
    for (const fields of [
      { changedPosts: () => true },
      { readSettings: async () => ({ settings: { tagModes: { career: 'hide' } } }) },
      { readSources: async () => ({ sources: [1] }) },
      { readSettings: async () => null },
    ] as Partial<KeepFirstFrameDeps>[]) {
      const { area, deps } = await setup(fields);
      expect(await keepFirstFrame('<ul></ul>', deps)).toBe(false);
      expect(area.items.size).toBe(0);
    }
  });

  it('keeps a copy drawn only once checked while a single-post notification is live', async () => {
    const { db, area, deps } = await setup({ liveNotificationIds: async () => ['n1'] });
    await db.put('notifications', { id: 'n1', kind: 'post', postIds: ['p1'], shownAt: NOW });
    expect(await keepFirstFrame('<ul></ul>', deps)).toBe(true);
    expect(readKeptFrame(area, 'en-US', '1.4.0')?.checked).toBe(true);
    // None live: drawn at once.
    const plain = await setup();
    expect(await keepFirstFrame('<ul></ul>', plain.deps)).toBe(true);
    expect(readKeptFrame(plain.area, 'en-US', '1.4.0')?.checked).toBe(false);
  });

  it('drops the copy again when the popup changed a post while it was being kept', async () => {
    let checks = 0;
    // False for the check before keeping, true right after: a change landed in between.
    const { area, deps } = await setup({ changedPosts: () => checks++ > 0 });
    expect(await keepFirstFrame('<ul></ul>', deps)).toBe(false);
    expect(area.items.size).toBe(0);
  });

  it('keeps none while another page has begun changing posts (not committed yet)', async () => {
    const { area, deps } = await setup();
    beforePostWrite(area, NOW - 1_000);
    expect(await keepFirstFrame('<ul></ul>', deps)).toBe(false);
    expect(area.items.has('rustRadarFirstFrame')).toBe(false);
  });

  it('drops a copy kept to be drawn at once when a notification came while it was kept', async () => {
    let calls = 0;
    // No notification at the first look; one (not stored yet) right after the copy was kept.
    const { area, deps } = await setup({
      liveNotificationIds: async () => (calls++ === 0 ? [] : ['radar-post:new']),
    });
    expect(await keepFirstFrame('<ul></ul>', deps)).toBe(false);
    expect(calls).toBe(2);
    expect(area.items.size).toBe(0);
  });
});
