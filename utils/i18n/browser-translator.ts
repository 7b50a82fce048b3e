import { createTranslator, type Translator } from './translator';

/** The part of `browser.i18n` a translator needs (passed in: utils/ calls no browser API). */
export interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** Answers remembered per page; a page asking for more (odd substitutions) starts afresh. */
const MAX_REMEMBERED = 1000;

/**
 * The translator of an extension page or the worker, over `browser.i18n`. Answers are
 * remembered: a page's messages never change while it lives, and each `getMessage` goes
 * through the extension API's bindings — the popup's first render asks for about a hundred.
 */
export function browserTranslator(i18n: I18nApi): Translator {
  const remembered = new Map<string, string>();
  return createTranslator({
    getMessage(key, substitutions) {
      const id = JSON.stringify([key, ...substitutions]);
      let message = remembered.get(id);
      if (message === undefined) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        message = i18n.getMessage(key, substitutions);
        remembered.set(id, message);
      }
      return message;
    },
    uiLanguage: i18n.getUILanguage(),
  });
}
