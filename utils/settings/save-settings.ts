import { compactSettings } from './compact-settings';
import type { Settings } from './settings';
import type { SettingsItem } from './settings-item';
import { formatKilobytes, SYNC_ITEM_QUOTA_BYTES, syncItemBytes } from './settings-size';

export type SaveResult = { ok: true; stored: Settings } | { ok: false; error: string };

/**
 * Writes settings in their compact stored form. Never throws: a value over sync's per-item
 * quota is refused before writing, and a rejected write (quota, write rate, storage gone)
 * comes back as a sentence the options page can show as is.
 * @returns on success, the value as stored (compact), so callers can recognise its echo.
 */
export async function saveSettings(
  item: Pick<SettingsItem, 'key' | 'setValue'>,
  settings: Settings,
): Promise<SaveResult> {
  const stored = compactSettings(settings);
  const bytes = syncItemBytes(areaKey(item.key), stored);
  if (bytes > SYNC_ITEM_QUOTA_BYTES) {
    return {
      ok: false,
      error:
        `Not saved: your settings need ${formatKilobytes(bytes)} but browser sync allows ` +
        `${formatKilobytes(SYNC_ITEM_QUOTA_BYTES)}. Unmute some authors or remove some keywords ` +
        'or tag filters, then try again.',
    };
  }
  try {
    await item.setValue(stored);
    return { ok: true, stored };
  } catch (error) {
    return { ok: false, error: describeWriteError(error) };
  }
}

/** WXT keys carry the area ("sync:settings"); the quota counts the key inside the area. */
function areaKey(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

function describeWriteError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's wording: "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded" (120 a minute).
  if (/MAX_WRITE_OPERATIONS/i.test(message)) {
    return 'Not saved: browser sync accepts only so many changes a minute. Wait a minute and change the setting again.';
  }
  if (/QUOTA/i.test(message)) {
    return 'Not saved: your settings are larger than browser sync allows. Unmute some authors or remove some keywords or tag filters.';
  }
  return `Not saved: the browser refused to store your settings (${message}).`;
}
