import type { PostCorrection } from '@/utils/db/schema';
import { notRustReasons } from '@/utils/filters/post-visibility';
import { vi } from 'vitest';
import type { PollNowResponse } from '@/utils/notify/messages';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { ChangeReason, PopupSource, PopupStatus } from '@/utils/popup/popup-source';
import { compileSearch } from '@/utils/popup/search-match';
import type { SourceFailure } from '@/utils/popup/source-status';

export const NOW = Date.parse('2026-05-06T16:00:00Z');
const HOUR = 3_600_000;

/** A post `hoursAgo` old; ids sort with age so newest-first is easy to assert. */
export function makePost(index: number, overrides: Partial<PopupPost> = {}): PopupPost {
  const sortAt = NOW - (index + 1) * HOUR;
  return {
    id: `post-${String(index).padStart(4, '0')}`,
    sourceId: 'dev:rust',
    sourceTitle: 'DEV #rust',
    url: `https://dev.to/author${index}/post-${index}`,
    title: `Post number ${index}`,
    author: `Author ${index}`,
    tags: ['rust'],
    publishedAt: new Date(sortAt).toISOString(),
    sortAt,
    readingMinutes: 3,
    hasRustCode: false,
    summaryHtml: `<p>Summary ${index}</p>`,
    unread: 1,
    ...overrides,
  };
}

/** A failing source as the status carries it; DEV's rust feed unless told otherwise. */
export function failure(
  message: string,
  nextPollAt: number | null,
  source: Pick<SourceFailure, 'sourceId' | 'title'> = { sourceId: 'dev:rust', title: 'DEV #rust' },
): SourceFailure {
  return { ...source, error: { message, at: NOW - 60_000, status: null }, nextPollAt };
}

export interface FakeSourceOptions {
  posts?: PopupPost[];
  /** Hidden by "filters" (the real source uses compileVisibility). */
  hidden?: (post: PopupPost) => boolean;
  status?: Partial<Pick<PopupStatus, 'lastSuccessAt' | 'failures' | 'sources'>>;
  polling?: boolean;
}

/**
 * An in-memory `PopupSource` with the real one's semantics (newest first, paging with
 * `after`, filters, search), plus handles for tests: the posts array, `emit` for worker
 * broadcasts, and `finishRefresh` to end a pending Refresh.
 */
export function createFakeSource(options: FakeSourceOptions = {}) {
  // Copies: a test's posts array is shared between tests, and read state changes here.
  const posts = (options.posts ?? [])
    .map((post) => ({ ...post }))
    .sort((a, b) => b.sortAt - a.sortAt || (a.id < b.id ? 1 : -1));
  const hidden = options.hidden ?? (() => false);
  const feed: Pick<PopupStatus, 'lastSuccessAt' | 'failures' | 'sources'> = {
    lastSuccessAt: NOW - 5 * 60_000,
    failures: [],
    sources: [],
    ...options.status,
  };
  const listeners = new Set<(reason: ChangeReason) => void>();
  let refreshDone: ((response: PollNowResponse) => void) | null = null;
  // Fold, as by default: a post the judge or the reader calls not Rust waits in "Not Rust?".
  const folded = (post: PopupPost) => notRustReasons(post) !== null;
  const visible = (post: PopupPost) => !hidden(post) && !folded(post);
  const fromSource =
    (sourceId = '') =>
    (post: PopupPost) =>
      !sourceId || (post.sourceId ?? 'dev:rust') === sourceId;

  const source = {
    listPage: vi.fn(
      async ({
        unreadOnly,
        savedOnly,
        search,
        sourceId,
        limit,
        after,
      }: Parameters<PopupSource['listPage']>[0]) => {
        const matches = compileSearch(search);
        const inSource = fromSource(sourceId);
        const ordered = savedOnly
          ? posts
              .filter((p) => p.savedAt != null)
              .sort((a, b) => b.savedAt! - a.savedAt! || (a.id < b.id ? 1 : -1))
          : posts;
        // Pages by key, as the stores' indexes do (saved or sort time, then id): a post saved
        // again, or gone, meanwhile does not move where the next page starts.
        const start = !after
          ? 0
          : savedOnly
            ? after.savedAt == null
              ? 0
              : ordered.filter(
                  (p) =>
                    p.savedAt! > after.savedAt! ||
                    (p.savedAt === after.savedAt && p.id >= after.id),
                ).length
            : ordered.filter(
                (p) => p.sortAt > after.sortAt || (p.sortAt === after.sortAt && p.id >= after.id),
              ).length;
        return ordered
          .slice(start)
          .filter(
            (p) =>
              (savedOnly || !unreadOnly || p.unread === 1) &&
              inSource(p) &&
              // The Saved view keeps saved posts the judge folds (the reader saved them).
              (savedOnly ? !hidden(p) : visible(p)) &&
              (!matches || matches(p)),
          )
          .slice(0, limit)
          .map((p) => ({ ...p }));
      },
    ),
    loadStatus: vi.fn(async (sourceId = ''): Promise<PopupStatus> => {
      const unread = posts.filter((p) => p.unread === 1 && fromSource(sourceId)(p));
      return {
        sourceId,
        unread: unread.filter(visible).length,
        unreadTotal: unread.length,
        unreadFolded: unread.filter((p) => !hidden(p) && folded(p)).length,
        storedCount: posts.length,
        ...feed,
      };
    }),
    listFolded: vi.fn(
      async ({ unreadOnly, search, sourceId }: Parameters<PopupSource['listFolded']>[0]) => {
        const matches = compileSearch(search);
        return posts
          .filter(
            (p) =>
              (!unreadOnly || p.unread === 1) &&
              fromSource(sourceId)(p) &&
              !hidden(p) &&
              folded(p) &&
              (!matches || matches(p)),
          )
          .map((p) => ({ ...p }));
      },
    ),
    correct: vi.fn(async (id: string, correction: PostCorrection) => {
      const post = posts.find((p) => p.id === id);
      if (post) post.correction = correction;
    }),
    sourceOptionsAtOpen: vi.fn(async () => feed.sources),
    isPolling: vi.fn(async () => options.polling ?? false),
    setRead: vi.fn(async (id: string, read: boolean) => {
      const post = posts.find((p) => p.id === id);
      if (post) post.unread = read ? 0 : 1;
    }),
    setSaved: vi.fn(async (id: string, saved: boolean) => {
      const post = posts.find((p) => p.id === id);
      if (post) post.savedAt = saved ? (post.savedAt ?? NOW) : null;
    }),
    snooze: vi.fn(async (id: string, until: number) => {
      const post = posts.find((p) => p.id === id);
      if (post) Object.assign(post, { unread: 0, snoozedUntil: until });
    }),
    markAllRead: vi.fn(async (sourceId = '') => {
      const changed = posts.filter((p) => p.unread === 1 && visible(p) && fromSource(sourceId)(p));
      for (const post of changed) post.unread = 0;
      return changed.map((p) => p.id);
    }),
    markUnread: vi.fn(async (ids: readonly string[]) => {
      for (const post of posts) if (ids.includes(post.id)) post.unread = 1;
    }),
    refresh: vi.fn(
      () =>
        new Promise<PollNowResponse>((resolve) => {
          refreshDone = resolve;
        }),
    ),
    openTab: vi.fn(async (_url: string) => {}),
    openOptions: vi.fn(async () => {}),
    subscribe: vi.fn((listener: (reason: ChangeReason) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies PopupSource;

  return {
    source,
    posts,
    feed,
    emit(reason: ChangeReason) {
      for (const listener of listeners) listener(reason);
    },
    finishRefresh(response: PollNowResponse = { status: 'updated' }) {
      refreshDone?.(response);
      refreshDone = null;
    },
  };
}
