import messages from '../../public/_locales/en/messages.json';
import { messagesFileSource } from './messages-file';
import { createTranslator, type Translator } from './translator';

/**
 * The English messages, read from the file itself rather than through `browser.i18n`: for
 * tests, and as the default of the poll pipeline's translator so it also runs outside the
 * extension (Node tests, benchmarks). The extension always passes the browser's translator.
 */
export const english: Translator = createTranslator({
  getMessage: messagesFileSource(messages),
  uiLanguage: 'en',
});
