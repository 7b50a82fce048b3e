import {
  DEFAULT_SETTINGS,
  GROUP_THRESHOLD_MAX,
  GROUP_THRESHOLD_MIN,
  KEEP_READ_DAYS_MAX,
  KEEP_READ_DAYS_MIN,
  POLL_INTERVAL_MAX,
  POLL_INTERVAL_MIN,
  type QuietHours,
  type NotRustMode,
  type Settings,
  type TagMode,
} from './settings';

/** Every tag mode, in the order the options page offers them. */
export const TAG_MODES: readonly TagMode[] = ['show', 'hide', 'only'];
/** Every way to treat posts that don't look like Rust, in the order the options page offers them. */
export const NOT_RUST_MODES: readonly NotRustMode[] = ['fold', 'hide', 'show'];
/** Local time of day as "HH:MM", 00:00–23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Reads whatever is in storage into valid `Settings`, field by field: a corrupt or missing
 * field falls back to its default and the rest is kept, so one bad value never resets all
 * of a user's filters — and never breaks the extension.
 */
export function coerceSettings(value: unknown): Settings {
  const raw = isRecord(value) ? value : {};
  return {
    tagModes: recordOf(
      raw.tagModes,
      (mode): mode is TagMode => TAG_MODES.includes(mode as TagMode),
      normalizeTag,
    ),
    tagNotify: recordOf(
      raw.tagNotify,
      (flag): flag is boolean => typeof flag === 'boolean',
      normalizeTag,
    ),
    mutedAuthors: recordOf(
      raw.mutedAuthors,
      (name): name is string => typeof name === 'string',
      (key) => key.trim().toLowerCase(),
    ),
    titleKeywords: Array.isArray(raw.titleKeywords)
      ? [
          ...new Set(
            raw.titleKeywords
              .filter((k): k is string => typeof k === 'string')
              .map((k) => k.trim())
              .filter(Boolean),
          ),
        ]
      : // A copy: callers may edit the result, which must never change the defaults.
        [...DEFAULT_SETTINGS.titleKeywords],
    pollIntervalMinutes: clampInt(
      raw.pollIntervalMinutes,
      POLL_INTERVAL_MIN,
      POLL_INTERVAL_MAX,
      DEFAULT_SETTINGS.pollIntervalMinutes,
    ),
    notificationsEnabled:
      typeof raw.notificationsEnabled === 'boolean'
        ? raw.notificationsEnabled
        : DEFAULT_SETTINGS.notificationsEnabled,
    quietHours: coerceQuietHours(raw.quietHours),
    groupThreshold: clampInt(
      raw.groupThreshold,
      GROUP_THRESHOLD_MIN,
      GROUP_THRESHOLD_MAX,
      DEFAULT_SETTINGS.groupThreshold,
    ),
    keepReadDays: clampInt(
      raw.keepReadDays,
      KEEP_READ_DAYS_MIN,
      KEEP_READ_DAYS_MAX,
      DEFAULT_SETTINGS.keepReadDays,
    ),
    notRustPosts: NOT_RUST_MODES.includes(raw.notRustPosts as NotRustMode)
      ? (raw.notRustPosts as NotRustMode)
      : DEFAULT_SETTINGS.notRustPosts,
  };
}

/** Tags are compared lower-case and trimmed everywhere. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase();
}

function coerceQuietHours(value: unknown): QuietHours {
  const fallback = DEFAULT_SETTINGS.quietHours;
  if (!isRecord(value)) return { ...fallback };
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : fallback.enabled,
    start:
      typeof value.start === 'string' && TIME_OF_DAY.test(value.start)
        ? value.start
        : fallback.start,
    end: typeof value.end === 'string' && TIME_OF_DAY.test(value.end) ? value.end : fallback.end,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordOf<T>(
  value: unknown,
  isValid: (entry: unknown) => entry is T,
  normalizeKey: (key: string) => string,
): Record<string, T> {
  const result: Record<string, T> = {};
  if (!isRecord(value)) return result;
  for (const [key, entry] of Object.entries(value)) {
    const normalized = normalizeKey(key);
    if (normalized && isValid(entry)) result[normalized] = entry;
  }
  return result;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
