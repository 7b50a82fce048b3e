/** How a tag steers the list: Show (default), Hide (hide posts with it), Only (show only these). */
export type TagMode = 'show' | 'hide' | 'only';

export interface QuietHours {
  enabled: boolean;
  /** Local time "HH:MM". A range may wrap midnight (22:00–07:00). */
  start: string;
  end: string;
}

/**
 * What becomes of posts the relevance judge finds are not Rust (off-topic or spam): Fold
 * (default: out of the list, the badge and notifications, waiting in a "Not Rust?" section),
 * Hide (gone from the popup too), Show (listed like any post, as before the judge).
 */
export type NotRustMode = 'fold' | 'hide' | 'show';

/** Everything the user sets. Stored in `sync` storage so it follows them across browsers. */
export interface Settings {
  /** Tags not listed are 'show'. Keys are lower-case tags. */
  tagModes: Record<string, TagMode>;
  /** Tags listed with false do not notify; every other tag does. */
  tagNotify: Record<string, boolean>;
  /** Muted authors: DEV username (from the post URL) → display name at the time of muting. */
  mutedAuthors: Record<string, string>;
  /** Hide posts whose title contains any of these words/phrases (case-insensitive, whole word). */
  titleKeywords: string[];
  /** 5 – 1440, default 15. */
  pollIntervalMinutes: number;
  notificationsEnabled: boolean;
  quietHours: QuietHours;
  /** This many new posts or more in one poll become one summary notification. Default 4. */
  groupThreshold: number;
  /** Read posts older than this many days are pruned. Default 60. */
  keepReadDays: number;
  /** Posts that don't look like Rust. Default 'fold'. */
  notRustPosts: NotRustMode;
}

export const POLL_INTERVAL_MIN = 5;
export const POLL_INTERVAL_MAX = 24 * 60;
/** At 1 every single new post would arrive as a "summary"; 2 is the smallest real group. */
export const GROUP_THRESHOLD_MIN = 2;
export const GROUP_THRESHOLD_MAX = 50;
export const KEEP_READ_DAYS_MIN = 1;
/** Ten years: effectively "keep", without letting a typo become Infinity. */
export const KEEP_READ_DAYS_MAX = 3650;

export const DEFAULT_SETTINGS: Settings = {
  tagModes: {},
  tagNotify: {},
  mutedAuthors: {},
  titleKeywords: [],
  pollIntervalMinutes: 15,
  notificationsEnabled: true,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  groupThreshold: 4,
  keepReadDays: 60,
  notRustPosts: 'fold',
};
