import { compactSettings } from './compact-settings';
import type { Settings } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';

/** The marker that tells an export of ours from any other JSON file. */
export const SETTINGS_FILE_APP = 'rust-radar';

/** One post's read-later state in a backup: when it was saved, when its snooze ends. */
export interface ReadLaterMark {
  savedAt?: number;
  snoozedUntil?: number;
}

/**
 * Saved and snoozed posts by post URL (ids differ between sources and installs; the URL is
 * what finds the post again after a reinstall once a poll stored it).
 */
export type ReadLaterMarks = Record<string, ReadLaterMark>;

/** What an export holds. `version` is the settings version the file was written with. */
export interface SettingsFile {
  app: typeof SETTINGS_FILE_APP;
  version: number;
  settings: Settings;
  /** Saved and snoozed posts; absent when there are none (and in files from before). */
  readLater?: ReadLaterMarks;
  /**
   * What the reader's corrections taught the relevance judge (`serializeCorrections`: the
   * word model and author trust), when there is any. Optional: files without it import.
   */
  corrections?: unknown;
}

/**
 * The export file's text: the compact settings, indented so a person can read and edit it,
 * the saved and snoozed posts when there are any, and the reader's corrections when given.
 */
export function exportSettings(
  settings: Settings,
  readLater: ReadLaterMarks = {},
  corrections?: unknown,
): string {
  const file: SettingsFile = {
    app: SETTINGS_FILE_APP,
    version: SETTINGS_VERSION,
    settings: compactSettings(settings),
    ...(Object.keys(readLater).length > 0 ? { readLater } : {}),
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
