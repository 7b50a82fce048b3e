import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messagesFileSource, type MessagesFile } from '../../../utils/i18n/messages-file';
import { createTranslator, type Translator } from '../../../utils/i18n/translator';

/** `public/_locales`: one folder per language, named as the browser names it (`pt_BR`). */
export const LOCALES_DIR = resolve(__dirname, '../../../public/_locales');

/** The folders under `public/_locales`, English included. */
export const SHIPPED_LOCALES: readonly string[] = readdirSync(LOCALES_DIR).filter((name) =>
  statSync(join(LOCALES_DIR, name)).isDirectory(),
);

/** A folder's `messages.json` as written. */
export function readMessages(folder: string): MessagesFile {
  return JSON.parse(
    readFileSync(join(LOCALES_DIR, folder, 'messages.json'), 'utf8'),
  ) as MessagesFile;
}

/** `pt_BR` → `pt-BR`: the BCP 47 tag a folder stands for. */
export function localeTag(folder: string): string {
  return folder.replace(/_/g, '-');
}

/**
 * The translator a page would have with `folder`'s messages, built the way the extension's is
 * but reading the file: a key the file lacks falls back to English, as Chrome's `getMessage`
 * does. `uiLanguage` is what `getUILanguage()` says; headless Chromium says "en-US" even when
 * `--lang` picked another file, so that is the default.
 */
export function shippedTranslator(folder: string, uiLanguage = 'en-US'): Translator {
  const own = messagesFileSource(readMessages(folder));
  const english = messagesFileSource(readMessages('en'));
  return createTranslator({
    getMessage: (key, substitutions) => own(key, substitutions) || english(key, substitutions),
    uiLanguage,
  });
}
