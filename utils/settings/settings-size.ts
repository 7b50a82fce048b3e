import type { Translator } from '../i18n/translator';

/**
 * `chrome.storage.sync.QUOTA_BYTES_PER_ITEM`: an item's key plus its JSON value may not
 * exceed 8 KB, or the write is rejected.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync-sync-QUOTA_BYTES_PER_ITEM
 */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

/**
 * How many bytes sync storage counts for `value` stored under `key` (UTF-8, so a display
 * name in Korean costs three bytes a letter). `key` is the area's own key, e.g. `settings`
 * for WXT's `sync:settings`.
 */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** "8.1 KB" — one decimal, the way the quota is quoted, in the reader's number format. */
export function formatKilobytes(bytes: number, t: Translator): string {
  const amount = new Intl.NumberFormat(t.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
  return t('sizeKilobytes', { amount });
}
