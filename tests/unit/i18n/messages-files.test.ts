import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessagesFile } from '@/utils/i18n/messages-file';

// The messages files are the one source of every word users read. These checks keep them
// loadable by the browser (an undefined $PLACEHOLDER$ stops the extension from loading),
// complete, and in step with the code.
const ROOT = resolve(__dirname, '../../..');
const LOCALES = join(ROOT, 'public/_locales');
const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

function readMessages(locale: string): MessagesFile {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as MessagesFile;
}

const locales = readdirSync(LOCALES).filter((name) => statSync(join(LOCALES, name)).isDirectory());
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

  it.each(locales.filter((locale) => locale !== 'en'))(
    '%s: translates only English messages, with the same placeholders',
    (locale) => {
      for (const [name, entry] of Object.entries(readMessages(locale))) {
        const base = PLURAL_FORM.exec(name)?.[1];
        // A language may need plural forms English has not (Polish "few", "many").
        const source = english[name] ?? (base ? english[`${base}_other`] : undefined);
        expect(source, `${name} is not an English message`).toBeDefined();
        expect(usedPlaceholders(entry.message).sort(), name).toEqual(
          usedPlaceholders(source!.message).sort(),
        );
      }
    },
  );
});
