import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsPost } from '@/utils/options/options-post';
import type { Settings } from '@/utils/settings/settings';
import { useT } from '@/components/shared/translator-context';
import type { OptionsDeps } from './options-deps';

export interface OptionsState {
  /** null until loaded. */
  settings: Settings | null;
  /** Stored posts, newest first; null until read. */
  posts: OptionsPost[] | null;
  /** Why the last change could not be stored; null when it was. */
  saveError: string | null;
  postsError: string | null;
  /** Applies an edit at once on screen and saves it. */
  update: (edit: (settings: Settings) => Settings) => void;
  /** Replaces every setting, but only once they are stored (import: all or nothing). */
  replace: (settings: Settings) => Promise<string | null>;
  reloadPosts: () => void;
}

/**
 * The options page's state: settings saved on every change, stored posts kept current.
 * `initialSettings`, when the page read them before its first render, are shown from that
 * render on, and `deps.loadSettings` is not called.
 */
export function useOptionsState(deps: OptionsDeps, initialSettings?: Settings): OptionsState {
  const t = useT();
  const [settings, setSettings] = useState<Settings | null>(initialSettings ?? null);
  const [posts, setPosts] = useState<OptionsPost[] | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [postsError, setPostsError] = useState<string | null>(null);
  // Edits apply to the newest settings even when two arrive before a re-render.
  const latest = useRef<Settings | null>(initialSettings ?? null);
  const show = useCallback((next: Settings) => {
    latest.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    if (!latest.current) {
      void deps.loadSettings().then((loaded) => {
        if (live && !latest.current) show(loaded);
      });
    }
    const stop = deps.onSettingsChanged(show);
    return () => {
      live = false;
      stop();
    };
  }, [deps, show]);

  const reloadPosts = useCallback(() => {
    deps.loadPosts().then(
      (loaded) => {
        setPosts(loaded);
        setPostsError(null);
      },
      () => {
        setPosts([]);
        setPostsError(t('optionsPostsUnreadable'));
      },
    );
  }, [deps, t]);

  useEffect(() => {
    reloadPosts();
    return deps.onPostsChanged(reloadPosts);
  }, [deps, reloadPosts]);

  const update = useCallback(
    (edit: (settings: Settings) => Settings) => {
      if (!latest.current) return;
      const next = edit(latest.current);
      show(next);
      void deps.saveSettings(next).then((result) => setSaveError(result.ok ? null : result.error));
    },
    [deps, show],
  );

  const replace = useCallback(
    async (next: Settings) => {
      const result = await deps.saveSettings(next);
      if (!result.ok) return result.error;
      show(next);
      setSaveError(null);
      return null;
    },
    [deps, show],
  );

  return { settings, posts, saveError, postsError, update, replace, reloadPosts };
}
