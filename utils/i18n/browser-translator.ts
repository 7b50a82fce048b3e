import { createTranslator, type Translator } from './translator';

/** The part of `browser.i18n` a translator needs (passed in: utils/ calls no browser API). */
export interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** The translator of an extension page or the worker, over `browser.i18n`. */
export function browserTranslator(i18n: I18nApi): Translator {
  return createTranslator({
    getMessage: (key, substitutions) => i18n.getMessage(key, substitutions),
    uiLanguage: i18n.getUILanguage(),
  });
}
