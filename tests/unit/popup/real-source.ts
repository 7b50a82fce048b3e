import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbProvider } from '@/utils/db/open-db';
import type { StoredPost } from '@/utils/db/schema';
import { english } from '@/utils/i18n/english';
import type { RadarMessage } from '@/utils/notify/messages';
import { createPopupSource, type MessageEvent } from '@/utils/popup/popup-source';
import type { BadgeAction } from '@/utils/notify/badge';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import { DEFAULT_SOURCES, type Source } from '@/utils/sources/source';
import { NOW, seedPosts } from '../db/helpers';

export interface RealSourceOptions {
  settings?: Partial<Settings>;
  posts?: readonly StoredPost[];
  /** The user's source list. Default: DEV's rust feed alone. */
  sources?: readonly Source[];
}

/**
 * The real `createPopupSource` on a fresh fake-indexeddb database seeded with `posts`, the
 * fake browser's badge, and handles for tests: `deliver` a worker message, `changeSettings`.
 */
export async function setupRealSource(options: RealSourceOptions = {}) {
  const getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` });
  const db = await getDb();
  await seedPosts(db, options.posts ?? []);
  const current = {
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    sources: [...(options.sources ?? DEFAULT_SOURCES)],
  };
  const listeners = new Set<(message: unknown) => void>();
  const onMessage: MessageEvent = {
    addListener: (listener) => listeners.add(listener),
    removeListener: (listener) => listeners.delete(listener),
  };
  let settingsChanged = () => {};
  const sendMessage = vi.fn(async (_message: RadarMessage): Promise<unknown> => undefined);
  const loadSources = vi.fn(async () => current.sources);
  const action = vi.fn(() => fakeBrowser.action as unknown as BadgeAction);
  const beforeWrite = vi.fn();
  const source = createPopupSource({
    beforeWrite,
    getDb,
    now: () => NOW,
    loadSettings: async () => current.settings,
    watchSettings: (onChange) => {
      settingsChanged = onChange;
      return () => {};
    },
    action,
    sendMessage,
    onMessage,
    createTab: vi.fn(async () => ({})),
    openOptionsPage: vi.fn(async () => {}),
    isPollRunning: async () => false,
    loadSources,
    t: english,
  });
  return {
    db,
    source,
    beforeWrite,
    current,
    sendMessage,
    loadSources,
    action,
    deliver: (message: unknown) => listeners.forEach((listener) => listener(message)),
    changeSettings: (next: Partial<Settings>) => {
      current.settings = { ...DEFAULT_SETTINGS, ...next };
      settingsChanged();
    },
  };
}

export const ids = (posts: readonly { id: string }[]) => posts.map((post) => post.id);
export const badge = () => fakeBrowser.action.getBadgeText({});
