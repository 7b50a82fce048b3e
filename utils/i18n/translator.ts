import type { MessageKey, ParamsArg, PluralKey, PluralParamsArg } from './message-key';

/** Where messages come from: `browser.i18n` in the extension, a messages file in tests. */
export interface MessageSource {
  /**
   * `browser.i18n.getMessage`: the message in the browser's language when a file for it
   * exists, else in English; '' for an unknown key. `substitutions` fill `$1`, `$2`, ….
   */
  getMessage(key: string, substitutions: string[]): string;
  /** `browser.i18n.getUILanguage()`, e.g. "en-GB". */
  uiLanguage: string;
}

/**
 * Turns message keys into text. `t('popupRefresh')`, `t('postMuteAuthor', { author })`,
 * `t.plural('undoMarked', 7)`. Number parameters are formatted for `locale` ("1,234").
 */
export interface Translator {
  <K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /**
   * A plural message: `Intl.PluralRules` picks the form (`undoMarked_one`, `undoMarked_other`,
   * and `_few`, `_many`… in languages that have them), falling back to `_other` when the
   * file lacks the form. `count` fills the message's `$COUNT$`.
   */
  plural<B extends PluralKey>(base: B, count: number, ...params: PluralParamsArg<B>): string;
  /**
   * The BCP 47 locale for `Intl` (dates, relative times, numbers, plurals): the browser's
   * language when the messages are in that language, else the messages' own (so an English
   * fallback never says "Updated vor 3 Std.").
   */
  readonly locale: string;
}

type ParamValues = Record<string, string | number>;

/**
 * The one translator every page, the worker and the tests use; only the source differs.
 * Placeholders are numbered in the alphabetical order of their names (`$1` = first name), so
 * named parameters become Chrome's positional substitutions without a table; the i18n unit
 * test holds every messages file to that rule.
 */
export function createTranslator(source: MessageSource): Translator {
  const locale = chooseLocale(source.getMessage('locale', []), source.uiLanguage);
  const numbers = new Intl.NumberFormat(locale);
  const pluralRules = new Intl.PluralRules(locale);

  const lookup = (key: string, params: ParamValues = {}): string => {
    const substitutions = Object.keys(params)
      .sort()
      .map((name) => {
        const value = params[name]!;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    return source.getMessage(key, substitutions);
  };

  // A missing message shows its key rather than nothing, so the gap is seen and tests fail.
  const translate = (key: string, params?: ParamValues) => lookup(key, params) || key;
  const plural = (base: string, count: number, params?: ParamValues) => {
    const values = { ...params, count };
    return (
      lookup(`${base}_${pluralRules.select(count)}`, values) ||
      lookup(`${base}_other`, values) ||
      base
    );
  };
  return Object.assign(translate, { plural, locale }) as unknown as Translator;
}

/** The browser's locale if it speaks the messages' language, else the messages' locale. */
function chooseLocale(messagesLocale: string, uiLanguage: string): string {
  const messages = canonicalLocale(messagesLocale) ?? 'en';
  const ui = canonicalLocale(uiLanguage);
  return ui && languageOf(ui) === languageOf(messages) ? ui : messages;
}

function canonicalLocale(tag: string): string | null {
  try {
    // "pt_BR" is how _locales folders are named; Intl wants "pt-BR".
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}
