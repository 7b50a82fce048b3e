import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import {
  migrateSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
} from '../../../utils/settings/settings-migrations';

/** A v1 value as the first release could store it: defaults restated, keys as typed. */
const V1_VALUE = {
  tagModes: { Career: 'hide', rust: 'show', ' Tokio ': 'only' },
  tagNotify: { rust: true, career: false, webdev: true },
  mutedAuthors: { Hiyoyok: 'hiyoyo' },
  titleKeywords: ['Crypto', 'crypto', 'NFT'],
  pollIntervalMinutes: 30,
  notificationsEnabled: false,
  quietHours: { enabled: true, start: '23:00', end: '06:30' },
  groupThreshold: 6,
  keepReadDays: 14,
};

const V2_VALUE: Omit<Settings, 'notRustPosts'> = {
  tagModes: { career: 'hide', tokio: 'only' },
  tagNotify: { career: false },
  mutedAuthors: { hiyoyok: 'hiyoyo' },
  titleKeywords: ['Crypto', 'NFT'],
  pollIntervalMinutes: 30,
  notificationsEnabled: false,
  quietHours: { enabled: true, start: '23:00', end: '06:30' },
  groupThreshold: 6,
  keepReadDays: 14,
};

/** Coercing fills fields added later with their defaults, so every step's output has them. */
const V3_VALUE: Settings = { ...V2_VALUE, notRustPosts: 'fold' };

describe('settings migrations', () => {
  it('has a step for every version after 1', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_MIGRATIONS[version], `step to v${version}`).toBeTypeOf('function');
    }
  });

  it('v1 → v2 keeps every choice, drops restated defaults and normalizes keys', () => {
    expect(SETTINGS_MIGRATIONS[2]!(V1_VALUE)).toEqual(V3_VALUE);
  });

  it('v1 → v2 is idempotent: a v2 value passes through unchanged', () => {
    expect(SETTINGS_MIGRATIONS[2]!(V2_VALUE)).toEqual(V3_VALUE);
  });

  it('v1 → v2 repairs a corrupt value field by field instead of failing', () => {
    expect(
      SETTINGS_MIGRATIONS[2]!({
        ...V1_VALUE,
        tagModes: 'career=hide',
        pollIntervalMinutes: 'often',
      }),
    ).toEqual({ ...V3_VALUE, tagModes: {}, pollIntervalMinutes: 15 });
  });

  it.each([undefined, null, 'garbage', 42, []])('v1 → v2 turns %j into the defaults', (value) => {
    expect(SETTINGS_MIGRATIONS[2]!(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('v2 → v3 folds posts that do not look like Rust unless a choice is stored', () => {
    expect(SETTINGS_MIGRATIONS[3]!(V2_VALUE)).toEqual(V3_VALUE);
    expect(SETTINGS_MIGRATIONS[3]!({ ...V2_VALUE, notRustPosts: 'show' })).toEqual({
      ...V3_VALUE,
      notRustPosts: 'show',
    });
  });

  it('migrateSettings runs every step from the given version', () => {
    expect(migrateSettings(V1_VALUE, 1)).toEqual(V3_VALUE);
    expect(migrateSettings(V1_VALUE, SETTINGS_VERSION)).toBe(V1_VALUE);
  });

  it.each([0, SETTINGS_VERSION + 1, 1.5])('migrateSettings refuses version %s', (version) => {
    expect(() => migrateSettings(V1_VALUE, version)).toThrow(RangeError);
  });
});
