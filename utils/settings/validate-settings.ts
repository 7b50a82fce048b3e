import type { Translator } from '../i18n/translator';
import { NOT_RUST_MODES, TAG_MODES, TIME_OF_DAY } from './coerce-settings';
import { describeJsonValue } from './describe-json-value';
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
type FieldCheck = (value: unknown, name: string, t: Translator) => string | null;

/**
 * Strict check of a settings object as found in an imported file: every field present,
 * of the right type and range, and nothing unknown — unlike `coerceSettings`, which repairs
 * silently, an import must say what is wrong and change nothing.
 * @returns the first problem as a plain sentence, or null when the settings are valid.
 */
export function findSettingsProblem(value: unknown, t: Translator): string | null {
  if (!isRecord(value)) {
    return t('settingsNotObject', { value: describeJsonValue(value, t) });
  }
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(FIELD_CHECKS, key));
  if (unknown !== undefined) return t('settingsUnknown', { name: unknown });
  for (const [name, check] of Object.entries(FIELD_CHECKS)) {
    if (!Object.hasOwn(value, name)) return t('settingsMissing', { name });
    const problem = check(value[name], name, t);
    if (problem) return problem;
  }
  return null;
}

const FIELD_CHECKS: Record<keyof Settings, FieldCheck> = {
  tagModes: recordOf(
    (t) => t('settingsKeysTags'),
    (mode) => (TAG_MODES as readonly unknown[]).includes(mode),
    (t) => t('settingsExpectedTagMode'),
  ),
  tagNotify: recordOf(
    (t) => t('settingsKeysTags'),
    (flag) => typeof flag === 'boolean',
    (t) => t('settingsExpectedBoolean'),
  ),
  mutedAuthors: recordOf(
    (t) => t('settingsKeysUsernames'),
    (name) => typeof name === 'string',
    (t) => t('settingsExpectedDisplayName'),
  ),
  titleKeywords: checkKeywords,
  pollIntervalMinutes: wholeNumber(POLL_INTERVAL_MIN, POLL_INTERVAL_MAX),
  notificationsEnabled: trueOrFalse,
  quietHours: checkQuietHours,
  groupThreshold: wholeNumber(GROUP_THRESHOLD_MIN, GROUP_THRESHOLD_MAX),
  keepReadDays: wholeNumber(KEEP_READ_DAYS_MIN, KEEP_READ_DAYS_MAX),
  notRustPosts: checkNotRustMode,
};

type Words = (t: Translator) => string;

function recordOf(keys: Words, isValid: (entry: unknown) => boolean, expected: Words): FieldCheck {
  return (value, name, t) => {
    if (!isRecord(value)) {
      return t('settingsRecordType', {
        name,
        keys: keys(t),
        expected: expected(t),
        value: describeJsonValue(value, t),
      });
    }
    for (const [key, entry] of Object.entries(value)) {
      if (!key.trim()) return t('settingsRecordEmptyKey', { name });
      if (!isValid(entry)) {
        return t('settingsRecordEntry', {
          name,
          key,
          value: describeJsonValue(entry, t),
          expected: expected(t),
        });
      }
    }
    return null;
  };
}

function checkKeywords(value: unknown, name: string, t: Translator): string | null {
  if (!Array.isArray(value)) {
    return t('settingsKeywordsType', { name, value: describeJsonValue(value, t) });
  }
  const index = value.findIndex((entry) => typeof entry !== 'string' || !entry.trim());
  if (index === -1) return null;
  return t('settingsKeywordsItem', {
    name,
    index: index + 1,
    value: describeJsonValue(value[index], t),
  });
}

function wholeNumber(min: number, max: number): FieldCheck {
  // The limits as a file spells them ("3650", not "3,650"): this text is about JSON.
  return (value, name, t) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? null
      : t('settingsWholeNumber', {
          name,
          min: String(min),
          max: String(max),
          value: describeJsonValue(value, t),
        });
}

/** `notRustPosts` takes "fold", "hide" or "show". */
function checkNotRustMode(value: unknown, name: string, t: Translator): string | null {
  return (NOT_RUST_MODES as readonly unknown[]).includes(value)
    ? null
    : t('settingsOneOf', {
        name,
        expected: t('settingsExpectedNotRustMode'),
        value: describeJsonValue(value, t),
      });
}

function trueOrFalse(value: unknown, name: string, t: Translator): string | null {
  return typeof value === 'boolean'
    ? null
    : t('settingsBoolean', { name, value: describeJsonValue(value, t) });
}

const QUIET_HOURS_CHECKS: Record<string, FieldCheck> = {
  enabled: trueOrFalse,
  start: timeOfDay,
  end: timeOfDay,
};

function checkQuietHours(value: unknown, name: string, t: Translator): string | null {
  if (!isRecord(value)) {
    return t('settingsQuietHoursType', { name, value: describeJsonValue(value, t) });
  }
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(QUIET_HOURS_CHECKS, key));
  if (unknown !== undefined) return t('settingsQuietHoursUnknown', { name, field: unknown });
  for (const [field, check] of Object.entries(QUIET_HOURS_CHECKS)) {
    const problem = check(value[field], `${name}.${field}`, t);
    if (problem) return problem;
  }
  return null;
}

function timeOfDay(value: unknown, name: string, t: Translator): string | null {
  return typeof value === 'string' && TIME_OF_DAY.test(value)
    ? null
    : t('settingsTime', { name, value: describeJsonValue(value, t) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
