import { english } from '@/utils/i18n/english';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getFeedState, listFeedStates } from '../../../utils/db/feed-state';
import { listPosts } from '../../../utils/db/list-posts';
import { createDbProvider } from '../../../utils/db/open-db';
import { POLL_ALARM } from '../../../utils/schedule/poll-alarm';
import { createPollLock } from '../../../utils/poll/poll-lock';
import { pollSources } from '../../../utils/poll/poll-sources';
import { runPollCycle, type PollCycleDeps } from '../../../utils/poll/run-poll-cycle';
import { DEV_RUST_FEED } from '../../../utils/sources/source';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import type { HostCooldowns } from '../../../utils/schedule/next-poll';
import { DEFAULT_SOURCES, devTagSource, type Source } from '../../../utils/sources/source';
import { HOUR, MINUTE, NOW } from '../db/helpers';
import { devRss, fakeAlarms, rssResponse } from './fake-feed';

const rust = DEFAULT_SOURCES[0]!;
const blog = curatedToSource(findCuratedSource('curated:rust-blog')!, true);
const inside = curatedToSource(findCuratedSource('curated:inside-rust')!, true);
const reddit = curatedToSource(findCuratedSource('curated:reddit-rust')!, true);

const DEV_FEED = devRss([
  { slug: 'dev-newer', date: 'Sun, 10 May 2026 11:00:00 +0000' },
  { slug: 'dev-older', date: 'Sun, 10 May 2026 08:00:00 +0000' },
]);

function atom(entries: { id: string; title: string; updated: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Rust Blog</title><id>https://blog.rust-lang.org/</id><updated>2026-05-10T10:00:00Z</updated>
  ${entries
    .map(
      (entry) => `<entry><id>${entry.id}</id><title>${entry.title}</title>
      <link rel="alternate" href="${entry.id}"/><updated>${entry.updated}</updated>
      <author><name>The Rust Team</name></author><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry>`,
    )
    .join('')}
</feed>`;
}

const BLOG_FEED = atom([
  {
    id: 'https://blog.rust-lang.org/2026/05/10/release.html',
    title: 'Rust 1.99',
    updated: '2026-05-10T10:00:00Z',
  },
]);

type Route = (init: RequestInit) => Response | Promise<Response>;

/** A fetch that answers by URL, recording which URLs were asked for. */
function routedFetch(routes: Record<string, Route>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    asked.push(url);
    const route = routes[url];
    return route ? route(init) : new Response('not here', { status: 404 });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, asked };
}

function setup(
  sources: readonly Source[],
  routes: Record<string, Route>,
  overrides: Partial<PollCycleDeps> = {},
) {
  const getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` });
  const { fetch, asked } = routedFetch(routes);
  let stored: HostCooldowns = {};
  const deps: PollCycleDeps = {
    getDb,
    t: english,
    fetch,
    now: () => NOW,
    runExclusive: createPollLock(undefined),
    loadSettings: async () => DEFAULT_SETTINGS,
    alarms: fakeAlarms,
    updateBadge: async () => {},
    broadcast: () => {},
    loadSources: async () => sources,
    hostCooldowns: {
      load: async () => stored,
      save: async (value) => {
        stored = value;
      },
    },
    ...overrides,
  };
  return { deps, getDb, asked, cooldowns: () => stored };
}

const ok =
  (xml: string, headers: Record<string, string> = {}) =>
  () =>
    rssResponse(xml, headers);

describe('polling many sources', () => {
  it('polls every enabled source into one newest-first list', async () => {
    const { deps, getDb } = setup([rust, blog, { ...inside, enabled: false }], {
      [rust.feedUrl]: ok(DEV_FEED),
      [blog.feedUrl]: ok(BLOG_FEED),
    });

    expect(await runPollCycle(deps)).toEqual({ status: 'updated' });

    const posts = await listPosts(await getDb());
    expect(posts.map((post) => [post.title, post.sourceId])).toEqual([
      ['Post dev-newer', 'dev:rust'],
      ['Rust 1.99', 'curated:rust-blog'],
      ['Post dev-older', 'dev:rust'],
    ]);
  });

  it('isolates a failing source: the others update, its error is recorded under its name', async () => {
    const { deps, getDb } = setup([rust, reddit, blog], {
      [rust.feedUrl]: ok(DEV_FEED),
      [reddit.feedUrl]: () => new Response('down', { status: 503 }),
      [blog.feedUrl]: ok(BLOG_FEED),
    });

    const response = await runPollCycle(deps);

    expect(response).toEqual({ status: 'failed', message: 'r/rust did not answer (HTTP 503)' });
    const db = await getDb();
    expect(await listPosts(db)).toHaveLength(3);
    const states = await listFeedStates(db);
    expect(states.find((state) => state.sourceId === 'curated:reddit-rust')).toMatchObject({
      lastError: { message: 'r/rust did not answer (HTTP 503)', status: 503 },
      consecutiveFailures: 1,
    });
    // The popup's contract: DEV's own state, under DEV's feed URL.
    expect(await getFeedState(db, DEV_RUST_FEED.url)).toMatchObject({ lastError: null });
  });

  it('sets the alarm to the earliest time any source is due', async () => {
    const { deps } = setup([rust, blog], {
      [rust.feedUrl]: ok(DEV_FEED),
      // The blog says it is fresh for 2 hours: it waits that long; DEV keeps its 15 minutes.
      [blog.feedUrl]: ok(BLOG_FEED, { 'Cache-Control': 'max-age=7200' }),
    });

    await runPollCycle(deps);

    const db = await deps.getDb();
    expect((await getFeedState(db, blog.feedUrl)).nextPollAt).toBe(NOW + 2 * HOUR);
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(NOW + 15 * MINUTE);
  });

  it('polls only the sources that are due when the alarm rings', async () => {
    let now = NOW;
    const { deps, asked } = setup(
      [rust, blog],
      {
        [rust.feedUrl]: ok(DEV_FEED),
        [blog.feedUrl]: ok(BLOG_FEED, { 'Cache-Control': 'max-age=7200' }),
      },
      { now: () => now },
    );
    await runPollCycle(deps, 'alarm');
    asked.length = 0;

    now = NOW + 15 * MINUTE;
    await runPollCycle(deps, 'alarm');

    expect(asked).toEqual([rust.feedUrl]);
  });

  it('polls what falls due first when the alarm rings early', async () => {
    let now = NOW;
    const { deps, asked } = setup(
      [rust, blog],
      {
        [rust.feedUrl]: ok(DEV_FEED),
        [blog.feedUrl]: ok(BLOG_FEED, { 'Cache-Control': 'max-age=7200' }),
      },
      { now: () => now },
    );
    await runPollCycle(deps, 'alarm');
    asked.length = 0;

    now = NOW + 5 * MINUTE;
    await runPollCycle(deps, 'alarm');

    expect(asked).toEqual([rust.feedUrl]);
  });

  it('polls only the new source after the list changed', async () => {
    let sources: Source[] = [rust];
    const { deps, asked } = setup([], {
      [rust.feedUrl]: ok(DEV_FEED),
      [blog.feedUrl]: ok(BLOG_FEED),
    });
    const withSources = { ...deps, loadSources: async () => sources };
    await runPollCycle(withSources);
    asked.length = 0;

    sources = [rust, blog];
    await runPollCycle(withSources, 'sources-changed');

    expect(asked).toEqual([blog.feedUrl]);
  });

  it('skips a source whose host permission is missing and notes that it needs it', async () => {
    const { deps, getDb, asked } = setup([rust, blog], {
      [rust.feedUrl]: ok(DEV_FEED),
      [blog.feedUrl]: ok(BLOG_FEED),
    });

    await runPollCycle({ ...deps, hasOrigin: async () => false });

    expect(asked).toEqual([rust.feedUrl]);
    expect(await getFeedState(await getDb(), blog.feedUrl)).toMatchObject({
      sourceId: 'curated:rust-blog',
      needsPermission: true,
      lastAttemptAt: null,
    });
  });

  it('rests a whole host after a 429 and polls the other hosts', async () => {
    const { deps, asked, cooldowns } = setup([blog, inside, rust], {
      [blog.feedUrl]: () =>
        new Response('slow down', { status: 429, headers: { 'Retry-After': '3600' } }),
      [inside.feedUrl]: ok(BLOG_FEED),
      [rust.feedUrl]: ok(DEV_FEED),
    });

    await runPollCycle(deps, 'start');

    // Inside Rust shares blog.rust-lang.org: it waits with it; DEV does not.
    expect(asked.sort()).toEqual([blog.feedUrl, rust.feedUrl].sort());
    expect(cooldowns()).toEqual({ 'blog.rust-lang.org': NOW + HOUR });
    const db = await deps.getDb();
    expect((await getFeedState(db, inside.feedUrl)).lastAttemptAt).toBeNull();
  });

  it('never lets a hung host hold up another host', async () => {
    const db = await createDbProvider({ name: `test-${crypto.randomUUID()}` })();
    const finished: string[] = [];
    const { fetch } = routedFetch({
      [blog.feedUrl]: (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            finished.push('blog');
            reject(init.signal?.reason);
          });
        }),
      [rust.feedUrl]: () => {
        finished.push('dev');
        return rssResponse(DEV_FEED);
      },
    });

    const { outcomes } = await pollSources(
      { db, fetch, now: () => NOW, t: english },
      { intervalMinutes: 15, timeoutMs: 50 },
      { sources: [blog, rust], hostCooldowns: {} },
    );

    expect(finished).toEqual(['dev', 'blog']);
    expect(outcomes.map((outcome) => [outcome.source.id, outcome.report?.status])).toEqual([
      ['curated:rust-blog', 'failed'],
      ['dev:rust', 'updated'],
    ]);
  });

  it('stores the same article from two DEV tag feeds once and announces it once', async () => {
    const tokio = devTagSource('tokio');
    const shared = devRss([{ slug: 'async-io', date: 'Sun, 10 May 2026 11:00:00 +0000' }]);
    const { deps, getDb } = setup([rust, tokio], {
      [rust.feedUrl]: ok(shared),
      [tokio.feedUrl]: ok(shared),
    });

    await runPollCycle(deps);

    const db = await getDb();
    expect(await db.count('posts')).toBe(1);
    expect(await db.count('outbox')).toBe(1);
  });
});
