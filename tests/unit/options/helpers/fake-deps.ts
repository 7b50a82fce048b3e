import { vi } from 'vitest';
import type { OptionsDeps } from '@/components/options/options-deps';
import type { OptionsPost } from '../../../../utils/options/options-post';
import { importSettings } from '../../../../utils/settings/import-settings';
import type { SaveResult } from '../../../../utils/settings/save-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/settings/settings';
import { DEV_FIXTURE_POSTS } from './dev-fixture-posts';
import { english } from '@/utils/i18n/english';

/** The page's section headings with these deps (English), in order: no Sources panel. */
export const SECTION_TITLES = [
  'Tags',
  'Authors',
  "Posts that don't look like Rust",
  'Title keywords',
  'Preview',
  'Checking for posts',
  'Notifications',
  'Stored posts',
  'Backup',
];

export interface FakeDeps extends OptionsDeps {
  /** What was saved last (the fake storage). */
  stored: Settings;
  /** Plays a change made elsewhere (popup, another browser). */
  changeElsewhere(settings: Settings): void;
  /** Plays "a poll finished" with new stored posts. */
  pollFinished(posts: OptionsPost[]): void;
  /** Makes the next save fail with this sentence. */
  failNextSave(error: string): void;
}

/** In-memory stand-ins for storage and the database, with the DEV fixture stored. */
export function fakeDeps(
  initial: Settings = DEFAULT_SETTINGS,
  posts = DEV_FIXTURE_POSTS,
): FakeDeps {
  const settingsListeners = new Set<(settings: Settings) => void>();
  const postListeners = new Set<() => void>();
  let storedPosts = [...posts];
  let nextSaveError: string | null = null;
  const deps: FakeDeps = {
    stored: initial,
    loadSettings: vi.fn(async () => deps.stored),
    saveSettings: vi.fn(async (settings: Settings): Promise<SaveResult> => {
      if (nextSaveError) {
        const error = nextSaveError;
        nextSaveError = null;
        return { ok: false, error };
      }
      deps.stored = settings;
      return { ok: true, stored: settings };
    }),
    onSettingsChanged(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    loadPosts: vi.fn(async () => storedPosts),
    onPostsChanged(listener) {
      postListeners.add(listener);
      return () => postListeners.delete(listener);
    },
    clearPosts: vi.fn(async () => {
      storedPosts = [];
    }),
    exportSettings: vi.fn(),
    restoreReadLater: vi.fn(async () => {}),
    readSettingsFile: vi.fn(async (file: File) => importSettings(await file.text(), english)),
    changeElsewhere(settings) {
      deps.stored = settings;
      settingsListeners.forEach((listener) => listener(settings));
    },
    pollFinished(next) {
      storedPosts = next;
      postListeners.forEach((listener) => listener());
    },
    failNextSave(error) {
      nextSaveError = error;
    },
  };
  return deps;
}
