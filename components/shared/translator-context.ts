import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '@/utils/i18n/translator';

const TranslatorContext = createContext<Translator | null>(null);

/**
 * Hands the translator to every component below it. The entrypoints wrap their page in it
 * with the browser's translator; tests with the English one read from the messages file.
 */
export const TranslatorProvider = TranslatorContext.Provider;

/** The translator of the page; components get every word they show from it. */
export function useT(): Translator {
  const t = useContext(TranslatorContext);
  if (!t) throw new Error('Rust Radar: render components inside a <TranslatorProvider>');
  return t;
}
