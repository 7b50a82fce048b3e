import { authorKey } from './author-key';
import type { Post } from '../feed/post';
import type { Settings } from './settings';

/**
 * New settings with the post's author muted, keyed by the DEV username in the post URL and
 * remembered under the display name they had (the popup's post menu calls this too).
 * Muting an author already muted only refreshes the remembered name.
 */
export function muteAuthor(settings: Settings, post: Pick<Post, 'url' | 'author'>): Settings {
  const key = authorKey(post);
  return key ? muteAuthorKey(settings, key, post.author) : settings;
}

/**
 * New settings with the author `key` (a username as `authorKey` returns it) muted under
 * `name`; an empty name falls back to the username.
 */
export function muteAuthorKey(settings: Settings, key: string, name: string): Settings {
  const normalized = key.trim().toLowerCase();
  if (!normalized) return settings;
  return {
    ...settings,
    mutedAuthors: { ...settings.mutedAuthors, [normalized]: name.trim() || normalized },
  };
}

/** New settings without the mute for `key` (a username as `authorKey` returns it). */
export function unmuteAuthor(settings: Settings, key: string): Settings {
  const { [key]: _unmuted, ...mutedAuthors } = settings.mutedAuthors;
  return { ...settings, mutedAuthors };
}
