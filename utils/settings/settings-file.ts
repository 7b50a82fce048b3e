import { compactSettings } from './compact-settings';
import type { Settings } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';

/** The marker that tells an export of ours from any other JSON file. */
export const SETTINGS_FILE_APP = 'rust-radar';

/** What an export holds. `version` is the settings version the file was written with. */
export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  version: number;
  settings: Settings;
  /**
   * What the reader's corrections taught the relevance judge (`serializeCorrections`: the
   * word model and author trust), when there is any. Optional: files without it import.
   */
  corrections?: unknown;
}

/**
 * The export file's text: the compact settings, indented so a person can read and edit it,
 * and the reader's corrections when given.
 */
export function exportSettings(settings: Settings, corrections?: unknown): string {
  const file: SettingsFile = {
    app: SETTINGS_FILE_APP,
    version: SETTINGS_VERSION,
    settings: compactSettings(settings),
    ...(corrections === undefined ? {} : { corrections }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `rust-radar-settings-2026-05-06.json`, dated in local time (the user's today). */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `rust-radar-settings-${day}.json`;
}
