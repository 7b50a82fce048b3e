/**
 * Hard limits on what one feed download may cost. Each limit turns into a typed error
 * instead of a slow or memory-hungry parse in the service worker.
 */

/** Largest feed body accepted, in bytes (5 MiB). Checked before decoding. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** Most items one feed may hold (1,000). Counted before duplicates collapse. */
export const MAX_FEED_ITEMS = 1000;

/**
 * Longest summary HTML kept per post, in UTF-16 code units (4,096), ellipsis included.
 * The full body is only used to derive stats; storage keeps this much.
 */
export const MAX_SUMMARY_HTML_CHARS = 4096;
