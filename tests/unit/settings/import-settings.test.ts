import { describe, expect, it } from 'vitest';
import {
  importSettings,
  importSettingsFile,
  MAX_SETTINGS_FILE_BYTES,
} from '../../../utils/settings/import-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { exportSettings } from '../../../utils/settings/settings-file';
import { english } from '@/utils/i18n/english';

const MINE: Settings = {
  ...DEFAULT_SETTINGS,
  tagModes: { career: 'hide', tokio: 'only' },
  tagNotify: { webdev: false },
  mutedAuthors: { hiyoyok: 'hiyoyo' },
  titleKeywords: ['crypto', 'zero downtime'],
  pollIntervalMinutes: 60,
  quietHours: { enabled: true, start: '22:30', end: '07:00' },
};

/** An export file with `settings` changed by `edit` (or the envelope by `envelope`). */
function file(
  edit: (settings: Record<string, unknown>) => void = () => {},
  envelope: Record<string, unknown> = {},
): string {
  const parsed = JSON.parse(exportSettings(MINE)) as Record<string, unknown>;
  edit(parsed.settings as Record<string, unknown>);
  return JSON.stringify({ ...parsed, ...envelope });
}

describe('importSettings', () => {
  it('reads back what exportSettings wrote', () => {
    expect(importSettings(exportSettings(MINE), english)).toEqual({ ok: true, settings: MINE });
  });

  it('migrates a file written by settings version 1', () => {
    const v1 = file(
      (s) => {
        s.tagModes = { Career: 'hide', rust: 'show', tokio: 'only' };
        s.tagNotify = { webdev: false, rust: true };
      },
      { version: 1 },
    );
    expect(importSettings(v1, english)).toEqual({ ok: true, settings: MINE });
  });

  it('reads a version 2 file, written before notRustPosts, as Fold', () => {
    const v2 = file((s) => delete s.notRustPosts, { version: 2 });
    expect(importSettings(v2, english)).toEqual({ ok: true, settings: MINE });
    const hide = file((s) => (s.notRustPosts = 'hide'));
    expect(importSettings(hide, english)).toEqual({
      ok: true,
      settings: { ...MINE, notRustPosts: 'hide' },
    });
  });

  it('refuses a version 3 file without notRustPosts or with an unknown choice', () => {
    expect(
      importSettings(
        file((s) => delete s.notRustPosts),
        english,
      ),
    ).toEqual({
      ok: false,
      error: expect.stringContaining('notRustPosts'),
    });
    expect(
      importSettings(
        file((s) => (s.notRustPosts = 'maybe')),
        english,
      ),
    ).toEqual({
      ok: false,
      error: '“notRustPosts” must be "fold", "hide" or "show", but it is the text "maybe".',
    });
  });

  it('carries the reader’s corrections through export and import', () => {
    const corrections = { words: { version: 1 }, authors: { version: 1, authors: [] } };
    expect(importSettings(exportSettings(MINE, {}, corrections), english)).toEqual({
      ok: true,
      settings: MINE,
      corrections,
    });
  });

  it.each<[string, string, string]>([
    ['an empty file', '  \n', 'The file is empty.'],
    [
      'text that is not JSON',
      'tagModes: career',
      'The file is not valid JSON, so it cannot be a Rust Radar settings export.',
    ],
    [
      'truncated JSON',
      exportSettings(MINE).slice(0, 40),
      'The file is not valid JSON, so it cannot be a Rust Radar settings export.',
    ],
    [
      'JSON that is not an object',
      '[1, 2]',
      'This is not a Rust Radar settings file: it lacks "app": "rust-radar".',
    ],
    [
      'another app’s file',
      file(undefined, { app: 'other-extension' }),
      'This is not a Rust Radar settings file: it lacks "app": "rust-radar".',
    ],
    [
      'bare settings without the envelope',
      JSON.stringify(MINE),
      'This is not a Rust Radar settings file: it lacks "app": "rust-radar".',
    ],
    [
      'an unknown envelope field',
      file(undefined, { exportedBy: 'me' }),
      'The file has a field Rust Radar does not know: “exportedBy”.',
    ],
    [
      'a version from the future',
      file(undefined, { version: 99 }),
      'The file was written by a newer Rust Radar (settings version 99); update the extension, then import it.',
    ],
    [
      'version 0',
      file(undefined, { version: 0 }),
      "The file's settings version 0 is not one Rust Radar has ever written.",
    ],
    [
      'a version that is text',
      file(undefined, { version: '2' }),
      'The file\'s “version” must be a whole number, but it is the text "2".',
    ],
    [
      'no version',
      file(undefined, { version: undefined }),
      "The file's “version” must be a whole number, but it is missing.",
    ],
    ['no settings', file(undefined, { settings: undefined }), 'The file has no “settings” in it.'],
    [
      'settings that are a list',
      file(undefined, { settings: [] }),
      "The file's “settings” must be an object, but it is a list.",
    ],
    [
      'an unknown setting',
      file((s) => (s.darkMode = true)),
      'The file has a setting Rust Radar does not know: “darkMode”.',
    ],
    [
      'a missing setting',
      file((s) => delete s.keepReadDays),
      'The file is missing the setting “keepReadDays”.',
    ],
    [
      'tag modes as a list',
      file((s) => (s.tagModes = ['career'])),
      '“tagModes” must map tags to "show", "hide" or "only", but it is a list.',
    ],
    [
      'an unknown tag mode',
      file((s) => (s.tagModes = { career: 'mute' })),
      '“tagModes” sets “career” to the text "mute"; it must be "show", "hide" or "only".',
    ],
    [
      'an empty tag name',
      file((s) => (s.tagModes = { ' ': 'hide' })),
      '“tagModes” has an entry with an empty name.',
    ],
    [
      'notify as text',
      file((s) => (s.tagNotify = { rust: 'no' })),
      '“tagNotify” sets “rust” to the text "no"; it must be true or false.',
    ],
    [
      'a muted author without a name',
      file((s) => (s.mutedAuthors = { jane: null })),
      '“mutedAuthors” sets “jane” to null; it must be a display name (text).',
    ],
    [
      'keywords as one string',
      file((s) => (s.titleKeywords = 'crypto, nft')),
      '“titleKeywords” must be a list of words or phrases, but it is the text "crypto, nft".',
    ],
    [
      'a keyword that is a number',
      file((s) => (s.titleKeywords = ['crypto', 42])),
      '“titleKeywords” item 2 is 42; it must be a word or phrase.',
    ],
    [
      'a blank keyword',
      file((s) => (s.titleKeywords = [' '])),
      '“titleKeywords” item 1 is the text " "; it must be a word or phrase.',
    ],
    [
      'an interval below 5 minutes',
      file((s) => (s.pollIntervalMinutes = 1)),
      '“pollIntervalMinutes” must be a whole number from 5 to 1440, but it is 1.',
    ],
    [
      'a fractional interval',
      file((s) => (s.pollIntervalMinutes = 7.5)),
      '“pollIntervalMinutes” must be a whole number from 5 to 1440, but it is 7.5.',
    ],
    [
      'an interval as text',
      file((s) => (s.pollIntervalMinutes = '15')),
      '“pollIntervalMinutes” must be a whole number from 5 to 1440, but it is the text "15".',
    ],
    [
      'notifications as text',
      file((s) => (s.notificationsEnabled = 'yes')),
      '“notificationsEnabled” must be true or false, but it is the text "yes".',
    ],
    [
      'quiet hours missing',
      file((s) => (s.quietHours = null)),
      '“quietHours” must be an object with enabled, start and end, but it is null.',
    ],
    [
      'a quiet hours start that is no time',
      file((s) => (s.quietHours = { enabled: true, start: '25:00', end: '07:00' })),
      '“quietHours.start” must be a time like "22:00", but it is the text "25:00".',
    ],
    [
      'a quiet hours field too many',
      file((s) => (s.quietHours = { enabled: true, start: '22:00', end: '07:00', days: [] })),
      '“quietHours” has a field Rust Radar does not know: “days”.',
    ],
    [
      'a group threshold of 1',
      file((s) => (s.groupThreshold = 1)),
      '“groupThreshold” must be a whole number from 2 to 50, but it is 1.',
    ],
    [
      'retention of 0 days',
      file((s) => (s.keepReadDays = 0)),
      '“keepReadDays” must be a whole number from 1 to 3650, but it is 0.',
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(importSettings(text, english)).toEqual({ ok: false, error });
  });

  it('cuts long text in messages', () => {
    const result = importSettings(
      file((s) => (s.pollIntervalMinutes = 'x'.repeat(500))),
      english,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeLessThan(120);
  });
});

describe('importSettingsFile', () => {
  it('reads a picked file', async () => {
    const picked = new Blob([exportSettings(MINE)]);
    expect(await importSettingsFile(picked, english)).toEqual({ ok: true, settings: MINE });
  });

  it('refuses a huge file without reading it', async () => {
    const huge = {
      size: MAX_SETTINGS_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    };
    expect(await importSettingsFile(huge, english)).toEqual({
      ok: false,
      error: 'The file is 976.6 KB, far larger than a Rust Radar settings export.',
    });
  });

  it('says so when the file cannot be read', async () => {
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await importSettingsFile(unreadable, english)).toEqual({
      ok: false,
      error: 'The file could not be read.',
    });
  });
});
