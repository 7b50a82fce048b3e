import { coerceSettings } from './coerce-settings';
import { compactSettings } from './compact-settings';
import { describeJsonValue as describe } from './describe-json-value';
import type { Settings } from './settings';
import { SETTINGS_FILE_APP } from './settings-file';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { formatKilobytes } from './settings-size';
import { findSettingsProblem } from './validate-settings';

/** An export is a few KB; anything far larger is some other file picked by mistake. */
export const MAX_SETTINGS_FILE_BYTES = 100_000;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

const ENVELOPE_KEYS = new Set(['app', 'version', 'settings']);

/**
 * Reads an exported settings file strictly: not JSON, not ours, a version this build does
 * not know, a missing, unknown or mistyped field — each gives one plain sentence and no
 * settings, so a bad file changes nothing. Files from older versions are migrated.
 */
export function importSettings(text: string): ImportResult {
  if (!text.trim()) return fail('The file is empty.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('The file is not valid JSON, so it cannot be a Rust Radar settings export.');
  }
  if (!isRecord(parsed) || parsed.app !== SETTINGS_FILE_APP) {
    return fail(`This is not a Rust Radar settings file: it lacks "app": "${SETTINGS_FILE_APP}".`);
  }
  const extra = Object.keys(parsed).find((key) => !ENVELOPE_KEYS.has(key));
  if (extra !== undefined)
    return fail(`The file has a field Rust Radar does not know: “${extra}”.`);
  const versionProblem = checkVersion(parsed.version);
  if (versionProblem) return fail(versionProblem);
  if (!Object.hasOwn(parsed, 'settings')) return fail('The file has no “settings” in it.');
  const problem = findSettingsProblem(parsed.settings);
  if (problem) return fail(problem);
  const migrated = migrateSettings(parsed.settings, parsed.version as number);
  // Validated above, so coercing only normalizes (tag case, spacing); it repairs nothing.
  return { ok: true, settings: compactSettings(coerceSettings(migrated)) };
}

/** `importSettings` for a picked file, refusing huge files before reading them. */
export async function importSettingsFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MAX_SETTINGS_FILE_BYTES) {
    return fail(
      `The file is ${formatKilobytes(file.size)}, far larger than a Rust Radar settings export.`,
    );
  }
  try {
    return importSettings(await file.text());
  } catch {
    return fail('The file could not be read.');
  }
}

function checkVersion(version: unknown): string | null {
  if (!Number.isInteger(version)) {
    return `The file's “version” must be a whole number, but it is ${describe(version)}.`;
  }
  const n = version as number;
  if (n > SETTINGS_VERSION) {
    return `The file was written by a newer Rust Radar (settings version ${n}); update the extension, then import it.`;
  }
  if (n < 1) return `The file's settings version ${n} is not one Rust Radar has ever written.`;
  return null;
}

function fail(error: string): ImportResult {
  return { ok: false, error };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
