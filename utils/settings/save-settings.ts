import type { Translator } from '../i18n/translator';
import { compactSettings } from './compact-settings';
import type { Settings } from './settings';
import type { SettingsStore } from './settings-storage';
import { SETTINGS_KEY } from './storage-keys';
import { formatKilobytes, SYNC_ITEM_QUOTA_BYTES, syncItemBytes } from './settings-size';

export type SaveResult = { ok: true; stored: Settings } | { ok: false; error: string };

/**
 * Writes settings in their compact stored form. Never throws: a value over sync's per-item
 * quota is refused before writing, and a rejected write (quota, write rate, storage gone)
 * comes back as a sentence the options page can show as is.
 * @returns on success, the value as stored (compact), so callers can recognise its echo.
 */
export async function saveSettings(
  store: Pick<SettingsStore, 'writeSettings'>,
  settings: Settings,
  t: Translator,
): Promise<SaveResult> {
  const stored = compactSettings(settings);
  const bytes = syncItemBytes(SETTINGS_KEY, stored);
  if (bytes > SYNC_ITEM_QUOTA_BYTES) {
    return {
      ok: false,
      error: t('saveTooLarge', {
        size: formatKilobytes(bytes, t),
        limit: formatKilobytes(SYNC_ITEM_QUOTA_BYTES, t),
      }),
    };
  }
  try {
    await store.writeSettings(stored);
    return { ok: true, stored };
  } catch (error) {
    return { ok: false, error: describeWriteError(error, t) };
  }
}

function describeWriteError(error: unknown, t: Translator): string {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's wording: "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded" (120 a minute).
  if (/MAX_WRITE_OPERATIONS/i.test(message)) {
    return t('saveRateLimited');
  }
  if (/QUOTA/i.test(message)) {
    return t('saveQuota');
  }
  return t('saveRefused', { detail: message });
}
