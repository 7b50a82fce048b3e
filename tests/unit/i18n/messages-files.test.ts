import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAME_AS_ENGLISH } from './same-as-english';
import {
  LOCALES_DIR as LOCALES,
  localeTag,
  readMessages,
  SHIPPED_LOCALES,
} from './shipped-locales';

// The messages files are the one source of every word users read. These checks keep them
// loadable by the browser (an undefined $PLACEHOLDER$ stops the extension from loading),
// complete, and in step with the code.
const ROOT = resolve(__dirname, '../../..');
const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;
/** CLDR's order of the plural categories, for readable failures. */
const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const locales = SHIPPED_LOCALES;
const translations = locales.filter((locale) => locale !== 'en');
const english = readMessages('en');
const englishKeys = Object.keys(english);

/** Placeholder names used in a message, lower case (Chrome compares them so). */
function usedPlaceholders(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase())),
  ];
}

/** Every source that may name a message: code, pages and the manifest config. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(ROOT, dir, entry);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return /\.(ts|tsx|html)$/.test(entry) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('messages files', () => {
  it('ships English, the default locale', () => {
    expect(existsSync(join(LOCALES, 'en/messages.json'))).toBe(true);
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toContain("default_locale: 'en'");
  });

  it.each(locales)('%s: names are valid and unique ignoring case', (locale) => {
    const names = Object.keys(readMessages(locale));
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it.each(locales)(
    '%s: every $PLACEHOLDER$ is defined, used, and numbered in alphabetical order',
    (locale) => {
      for (const [name, entry] of Object.entries(readMessages(locale))) {
        const defined = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
        expect(usedPlaceholders(entry.message).sort(), name).toEqual([...defined].sort());
        // The translator passes named parameters as $1, $2… in the names' alphabetical order.
        const contents = [...defined]
          .sort()
          .map((placeholder) => entry.placeholders![placeholder]!.content);
        expect(contents, name).toEqual(defined.map((_, i) => `$${i + 1}`));
      }
    },
  );

  it.each(locales)('%s: its "locale" message names its own folder', (locale) => {
    expect(readMessages(locale).locale?.message).toBe(locale.replace(/_/g, '-'));
  });

  it('describes every English message for translators', () => {
    const undescribed = englishKeys.filter((key) => !english[key]!.description?.trim());
    expect(undescribed).toEqual([]);
  });

  it('gives every plural message an "other" form', () => {
    const bases = englishKeys.flatMap((key) => PLURAL_FORM.exec(key)?.[1] ?? []);
    for (const base of bases) expect(englishKeys, base).toContain(`${base}_other`);
  });

  it('keeps the manifest name and description within the stores’ limits', () => {
    expect(english.extName!.message.length).toBeLessThanOrEqual(45);
    expect(english.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('uses every English message somewhere (plural forms by their base name)', () => {
    const code = [
      ...sources('utils'),
      ...sources('components'),
      ...sources('entrypoints'),
      readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
    ].join('\n');
    const unused = englishKeys.filter((key) => {
      const name = PLURAL_FORM.exec(key)?.[1] ?? key;
      return !new RegExp(`['"\`]${name}['"\`]|__MSG_${name}__`).test(code);
    });
    expect(unused).toEqual([]);
  });

  it('ships every language the docs list', () => {
    expect([...locales].sort()).toEqual(['de', 'en', 'es', 'fr', 'ja', 'pt_BR', 'zh_CN']);
  });
});

/** English's message (or, for a plural form English lacks, its `_other`) behind `name`. */
function englishSource(name: string) {
  const base = PLURAL_FORM.exec(name)?.[1];
  return english[name] ?? (base ? english[`${base}_other`] : undefined);
}

/** Names the language may keep as English writes them (tests/unit/i18n/same-as-english.ts). */
function allowedSame(locale: string): Set<string> {
  return new Set(
    SAME_AS_ENGLISH.filter(
      (entry) => entry.locales === '*' || entry.locales.includes(locale),
    ).flatMap((entry) => entry.keys),
  );
}

// Chrome's getMessage falls back to English for a name a language's file lacks, and the
// translator falls back from a plural form to `_other`: a gap shows English mid-page, so
// every translation must hold exactly English's messages, in the plural forms its own
// language's Intl.PluralRules can pick.
describe.each(translations)('the %s translation', (locale) => {
  const messages = readMessages(locale);
  const categories = new Intl.PluralRules(localeTag(locale)).resolvedOptions().pluralCategories;
  const pluralBases = [...new Set(englishKeys.flatMap((key) => PLURAL_FORM.exec(key)?.[1] ?? []))];

  it('has every English message and no other', () => {
    const expected = [
      ...englishKeys.filter((key) => !PLURAL_FORM.test(key)),
      ...pluralBases.flatMap((base) => categories.map((category) => `${base}_${category}`)),
    ].sort();
    const names = Object.keys(messages).sort();
    expect(
      expected.filter((name) => !names.includes(name)),
      'missing',
    ).toEqual([]);
    expect(
      names.filter((name) => !expected.includes(name)),
      'not English messages (or plural forms the language never picks)',
    ).toEqual([]);
  });

  it('has each plural message in every form Intl.PluralRules picks for it', () => {
    for (const base of pluralBases) {
      const forms = CATEGORIES.filter((category) => `${base}_${category}` in messages);
      expect(forms, base).toEqual(CATEGORIES.filter((category) => categories.includes(category)));
    }
  });

  it('keeps the placeholders of each English message', () => {
    for (const [name, entry] of Object.entries(messages)) {
      const source = englishSource(name);
      if (!source) continue; // reported by "has every English message and no other"
      expect(usedPlaceholders(entry.message).sort(), name).toEqual(
        usedPlaceholders(source.message).sort(),
      );
      const contents = (placeholders = {}) =>
        Object.fromEntries(
          Object.entries(placeholders as Record<string, { content: string }>).map(([p, v]) => [
            p.toLowerCase(),
            v.content,
          ]),
        );
      expect(contents(entry.placeholders), name).toEqual(contents(source.placeholders));
    }
  });

  it('translates every message, but for the few listed as the same in this language', () => {
    const allowed = allowedSame(locale);
    const same = Object.entries(messages)
      .filter(([name, entry]) => entry.message === englishSource(name)?.message)
      .map(([name]) => name);
    expect(
      same.filter((name) => !allowed.has(name)),
      'identical to English: translate, or list in same-as-english.ts',
    ).toEqual([]);
    expect(
      [...allowed].filter((name) => !same.includes(name)),
      'listed in same-as-english.ts but translated: remove them from the list',
    ).toEqual([]);
  });

  it('names itself by its own BCP 47 tag and keeps the manifest texts within the limits', () => {
    expect(messages.locale?.message).toBe(localeTag(locale));
    expect(messages.extName?.message).toBe('Rust Radar');
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});
