import { TAG_MODES, TIME_OF_DAY } from './coerce-settings';
import { describeJsonValue as describe } from './describe-json-value';
import {
  GROUP_THRESHOLD_MAX,
  GROUP_THRESHOLD_MIN,
  KEEP_READ_DAYS_MAX,
  KEEP_READ_DAYS_MIN,
  POLL_INTERVAL_MAX,
  POLL_INTERVAL_MIN,
  type Settings,
} from './settings';

/** Returns the first problem with one field as a sentence, or null when it is fine. */
type FieldCheck = (value: unknown, name: string) => string | null;

/**
 * Strict check of a settings object as found in an imported file: every field present,
 * of the right type and range, and nothing unknown — unlike `coerceSettings`, which repairs
 * silently, an import must say what is wrong and change nothing.
 * @returns the first problem as a plain sentence, or null when the settings are valid.
 */
export function findSettingsProblem(value: unknown): string | null {
  if (!isRecord(value)) {
    return `The file's “settings” must be an object, but it is ${describe(value)}.`;
  }
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(FIELD_CHECKS, key));
  if (unknown !== undefined)
    return `The file has a setting Rust Radar does not know: “${unknown}”.`;
  for (const [name, check] of Object.entries(FIELD_CHECKS)) {
    if (!Object.hasOwn(value, name)) return `The file is missing the setting “${name}”.`;
    const problem = check(value[name], name);
    if (problem) return problem;
  }
  return null;
}

const FIELD_CHECKS: Record<keyof Settings, FieldCheck> = {
  tagModes: recordOf(
    'tags',
    (mode) => (TAG_MODES as readonly unknown[]).includes(mode),
    '"show", "hide" or "only"',
  ),
  tagNotify: recordOf('tags', (flag) => typeof flag === 'boolean', 'true or false'),
  mutedAuthors: recordOf(
    'DEV usernames',
    (name) => typeof name === 'string',
    'a display name (text)',
  ),
  titleKeywords: checkKeywords,
  pollIntervalMinutes: wholeNumber(POLL_INTERVAL_MIN, POLL_INTERVAL_MAX),
  notificationsEnabled: trueOrFalse,
  quietHours: checkQuietHours,
  groupThreshold: wholeNumber(GROUP_THRESHOLD_MIN, GROUP_THRESHOLD_MAX),
  keepReadDays: wholeNumber(KEEP_READ_DAYS_MIN, KEEP_READ_DAYS_MAX),
};

function recordOf(
  keys: string,
  isValid: (entry: unknown) => boolean,
  expected: string,
): FieldCheck {
  return (value, name) => {
    if (!isRecord(value)) {
      return `“${name}” must map ${keys} to ${expected}, but it is ${describe(value)}.`;
    }
    for (const [key, entry] of Object.entries(value)) {
      if (!key.trim()) return `“${name}” has an entry with an empty name.`;
      if (!isValid(entry)) {
        return `“${name}” sets “${key}” to ${describe(entry)}; it must be ${expected}.`;
      }
    }
    return null;
  };
}

function checkKeywords(value: unknown, name: string): string | null {
  if (!Array.isArray(value)) {
    return `“${name}” must be a list of words or phrases, but it is ${describe(value)}.`;
  }
  const index = value.findIndex((entry) => typeof entry !== 'string' || !entry.trim());
  if (index === -1) return null;
  return `“${name}” item ${index + 1} is ${describe(value[index])}; it must be a word or phrase.`;
}

function wholeNumber(min: number, max: number): FieldCheck {
  return (value, name) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? null
      : `“${name}” must be a whole number from ${min} to ${max}, but it is ${describe(value)}.`;
}

function trueOrFalse(value: unknown, name: string): string | null {
  return typeof value === 'boolean'
    ? null
    : `“${name}” must be true or false, but it is ${describe(value)}.`;
}

const QUIET_HOURS_CHECKS: Record<string, FieldCheck> = {
  enabled: trueOrFalse,
  start: timeOfDay,
  end: timeOfDay,
};

function checkQuietHours(value: unknown, name: string): string | null {
  if (!isRecord(value)) {
    return `“${name}” must be an object with enabled, start and end, but it is ${describe(value)}.`;
  }
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(QUIET_HOURS_CHECKS, key));
  if (unknown !== undefined) return `“${name}” has a field Rust Radar does not know: “${unknown}”.`;
  for (const [field, check] of Object.entries(QUIET_HOURS_CHECKS)) {
    const problem = check(value[field], `${name}.${field}`);
    if (problem) return problem;
  }
  return null;
}

function timeOfDay(value: unknown, name: string): string | null {
  return typeof value === 'string' && TIME_OF_DAY.test(value)
    ? null
    : `“${name}” must be a time like "22:00", but it is ${describe(value)}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
