import { normalizeTag } from './coerce-settings';
import type { Settings, TagMode } from './settings';

/** New settings with `tag` set to `mode`; 'show' removes the entry, as it is the default. */
export function setTagMode(settings: Settings, tag: string, mode: TagMode): Settings {
  const key = normalizeTag(tag);
  const { [key]: _previous, ...tagModes } = settings.tagModes;
  return { ...settings, tagModes: mode === 'show' ? tagModes : { ...tagModes, [key]: mode } };
}

/** New settings with notifications for `tag` on or off; on removes the entry (the default). */
export function setTagNotify(settings: Settings, tag: string, notify: boolean): Settings {
  const key = normalizeTag(tag);
  const { [key]: _previous, ...tagNotify } = settings.tagNotify;
  return { ...settings, tagNotify: notify ? tagNotify : { ...tagNotify, [key]: false } };
}

/** Every tag back to Show (Notify choices stay): the options page's "Set every tag to Show". */
export function showAllTags(settings: Settings): Settings {
  return { ...settings, tagModes: {} };
}
