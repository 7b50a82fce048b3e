import type { Translator } from '../i18n/translator';
import { coerceSettings } from './coerce-settings';
import { compactSettings } from './compact-settings';
import { describeJsonValue as describe } from './describe-json-value';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { SETTINGS_FILE_APP, type ReadLaterMarks } from './settings-file';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { formatKilobytes } from './settings-size';
import { findSettingsProblem } from './validate-settings';

/**
 * The settings are a few KB; the saved and snoozed posts add about 150 bytes each, and all of
 * the 5,000 stored posts fit in under 1 MB; the reader's corrections stay under 100 kB.
 * Anything far larger is some other file.
 */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export type ImportResult =
  | {
      ok: true;
      settings: Settings;
      readLater?: ReadLaterMarks;
      /** What the corrections taught the judge, as exported: read with their own checks. */
      corrections?: unknown;
    }
  | { ok: false; error: string };

const ENVELOPE_KEYS = new Set(['app', 'version', 'settings', 'readLater', 'corrections']);

/** Fields a later version added: a file of an older version rightly lacks them. */
const ADDED_FIELDS: readonly { version: number; name: keyof Settings }[] = [
  { version: 3, name: 'notRustPosts' },
];

/** An older file's settings with the fields added since at their defaults, for the check. */
function withLaterFields(settings: unknown, version: number): unknown {
  if (!isRecord(settings)) return settings;
  const added = ADDED_FIELDS.filter(
    (field) => version < field.version && !Object.hasOwn(settings, field.name),
  );
  if (added.length === 0) return settings;
  return {
    ...settings,
    ...Object.fromEntries(added.map(({ name }) => [name, DEFAULT_SETTINGS[name]])),
  };
}

/**
 * Reads an exported settings file strictly: not JSON, not ours, a version this build does
 * not know, a missing, unknown or mistyped field — each gives one plain sentence and no
 * settings, so a bad file changes nothing. Files from older versions are migrated.
 */
export function importSettings(text: string, t: Translator): ImportResult {
  if (!text.trim()) return fail(t('importEmpty'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(t('importNotJson'));
  }
  if (!isRecord(parsed) || parsed.app !== SETTINGS_FILE_APP) {
    return fail(t('importNotOurs', { app: SETTINGS_FILE_APP }));
  }
  const extra = Object.keys(parsed).find((key) => !ENVELOPE_KEYS.has(key));
  if (extra !== undefined) return fail(t('importUnknownField', { field: extra }));
  const versionProblem = checkVersion(parsed.version, t);
  if (versionProblem) return fail(versionProblem);
  if (!Object.hasOwn(parsed, 'settings')) return fail(t('importNoSettings'));
  const settings = withLaterFields(parsed.settings, parsed.version as number);
  const problem = findSettingsProblem(settings, t);
  if (problem) return fail(problem);
  const readLater = parsed.readLater;
  if (readLater !== undefined && !isReadLaterMarks(readLater)) return fail(t('importBadReadLater'));
  const migrated = migrateSettings(settings, parsed.version as number);
  // Validated above, so coercing only normalizes (tag case, spacing); it repairs nothing.
  const imported = compactSettings(coerceSettings(migrated));
  return {
    ok: true,
    settings: imported,
    ...(readLater === undefined ? {} : { readLater }),
    ...(Object.hasOwn(parsed, 'corrections') ? { corrections: parsed.corrections } : {}),
  };
}

/** `importSettings` for a picked file, refusing huge files before reading them. */
export async function importSettingsFile(
  file: Pick<Blob, 'size' | 'text'>,
  t: Translator,
): Promise<ImportResult> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) {
    return fail(t('importTooLarge', { size: formatKilobytes(file.size, t) }));
  }
  try {
    return importSettings(await file.text(), t);
  } catch {
    return fail(t('importUnreadable'));
  }
}

function checkVersion(version: unknown, t: Translator): string | null {
  if (!Number.isInteger(version)) {
    return t('importVersionNotNumber', { value: describe(version, t) });
  }
  // A version is a name, not an amount: "3", never "3.0" or "1,000".
  const n = String(version);
  if ((version as number) > SETTINGS_VERSION) return t('importVersionNewer', { version: n });
  if ((version as number) < 1) return t('importVersionUnknown', { version: n });
  return null;
}

/** `{ "<http(s) url>": { savedAt?: ms, snoozedUntil?: ms } }`, nothing else. */
function isReadLaterMarks(value: unknown): value is ReadLaterMarks {
  const isTime = (n: unknown) => n === undefined || (Number.isSafeInteger(n) && (n as number) >= 0);
  return (
    isRecord(value) &&
    Object.entries(value).every(
      ([url, mark]) =>
        /^https?:\/\//.test(url) &&
        isRecord(mark) &&
        Object.keys(mark).every((key) => key === 'savedAt' || key === 'snoozedUntil') &&
        isTime(mark.savedAt) &&
        isTime(mark.snoozedUntil),
    )
  );
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
