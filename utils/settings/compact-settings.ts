import type { Settings, TagMode } from './settings';

/**
 * The canonical stored form of settings (storage version 2): per-tag maps keep only what
 * differs from the default (Show, Notify on) and keywords are de-duplicated ignoring case.
 * Why: `chrome.storage.sync` allows 8 KB per item, and a user who has clicked through a few
 * hundred tags should not spend that quota on entries that merely restate the defaults.
 * Expects coerced settings (keys already normalized); returns a new object.
 */
export function compactSettings(settings: Settings): Settings {
  const tagModes: Record<string, TagMode> = {};
  for (const [tag, mode] of Object.entries(settings.tagModes)) {
    if (mode !== 'show') tagModes[tag] = mode;
  }
  const tagNotify: Record<string, boolean> = {};
  for (const [tag, notify] of Object.entries(settings.tagNotify)) {
    if (!notify) tagNotify[tag] = false;
  }
  return {
    ...settings,
    tagModes,
    tagNotify,
    mutedAuthors: { ...settings.mutedAuthors },
    titleKeywords: uniqueIgnoringCase(settings.titleKeywords),
    quietHours: { ...settings.quietHours },
  };
}

/** Keeps the first spelling of each keyword: matching ignores case, so "Crypto" = "crypto". */
function uniqueIgnoringCase(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const key = keyword.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
